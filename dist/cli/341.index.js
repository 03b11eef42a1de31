export const id = 341;
export const ids = [341];
export const modules = {

/***/ 10341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderScanMarkdown: () => (/* binding */ renderScanMarkdown)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/cluster-file.ts
var cluster_file = __webpack_require__(35236);
// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/read.ts
var read = __webpack_require__(20939);
// EXTERNAL MODULE: ./src/catalog/safe-fs.ts
var safe_fs = __webpack_require__(91704);
// EXTERNAL MODULE: ./src/scan/vanished.ts
var vanished = __webpack_require__(47943);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/git-tree.ts
var git_tree = __webpack_require__(2340);
// EXTERNAL MODULE: ./src/github/markdown.ts
var markdown = __webpack_require__(65566);
// EXTERNAL MODULE: ./src/github/change-words.ts
var change_words = __webpack_require__(91999);
// EXTERNAL MODULE: ./src/github/impact-sections.ts
var impact_sections = __webpack_require__(46530);
// EXTERNAL MODULE: ./src/util/natural-order.ts
var natural_order = __webpack_require__(54184);
// EXTERNAL MODULE: ./src/github/scan-evidence.ts
var scan_evidence = __webpack_require__(93894);
;// CONCATENATED MODULE: ./src/github/job-summary.ts





const IMPACT_BUDGET = 20_000;
/** Room kept for the warnings and notes after the topic table. */
const NOTES_RESERVE = 8_000;
const PULL_REQUEST_WORDS = {
    created: 'opened',
    updated: 'updated',
    closed: 'closed (no difference any more)',
    none: 'unchanged',
};
/** Pure: the job summary. Failed topics are named without their error text (it can quote data). */
function job_summary_renderJobSummary(input) {
    const { report } = input;
    const count = (status) => report.topics.filter((topic) => topic.status === status).length;
    let text = `### kafka-schema-scout scan of cluster ${(0,markdown/* inlineCode */.ti)(report.cluster)}\n\n`;
    if (input.topics)
        text += `${(0,change_words/* headline */.Pl)(input.topics.map(impact_sections/* standingOfDetails */.qh))}\n\n`;
    text += `| New | Changed | Unchanged | Failed | Vanished |\n| --- | --- | --- | --- | --- |\n`;
    text += `| ${count('new')} | ${count('changed')} | ${count('unchanged')} | ${count('failed')} | ${report.vanished.length} |\n\n`;
    const pr = input.pullRequest;
    if (pr)
        text += `- Pull request: ${pr.number !== undefined && pr.url ? (0,markdown/* link */.nf)(`#${pr.number}`, pr.url) + ' ' : ''}${PULL_REQUEST_WORDS[pr.operation]}\n`;
    const issue = input.issue;
    if (issue)
        text += `- Topics issue: ${issue.number !== undefined && issue.url ? (0,markdown/* link */.nf)(`#${issue.number}`, issue.url) + ' ' : ''}${issue.operation === 'none' ? 'unchanged' : issue.operation}\n`;
    if (pr || issue)
        text += '\n';
    if (report.partial)
        text += '> [!WARNING]\n> The scan was partial: failed topics keep their committed files and no folder is removed.\n\n';
    // What changes for consumers first: a long topic table must not crowd it out.
    if (input.topics && input.topics.some((topic) => topic.kind !== 'removed')) {
        text += `#### What changes for consumers\n\n${(0,impact_sections/* renderImpactSections */.nE)(input.topics, (0,scan_evidence/* evidenceOf */.X)(report), IMPACT_BUDGET)}`;
    }
    const lines = [
        ...report.topics
            .filter((topic) => topic.status !== 'unchanged')
            .sort((a, b) => (0,natural_order/* naturalCompare */.p)(a.topic, b.topic))
            .map((topic) => `| ${(0,markdown/* inlineCode */.ti)(topic.topic)} | ${topic.status} | ${topic.valueFormat ?? '–'} | ${topic.records} |\n`),
        ...[...report.vanished].sort(natural_order/* naturalCompare */.p).map((topic) => `| ${(0,markdown/* inlineCode */.ti)(topic)} | vanished | – | – |\n`),
    ];
    if (lines.length > 0) {
        text += '| Topic | Status | Value format | Records sampled |\n| --- | --- | --- | --- |\n';
        text += (0,markdown/* fitLines */.RV)(lines, markdown/* BODY_BUDGET */.DK - text.length - NOTES_RESERVE, 'topic(s)');
    }
    // Warnings and notes name paths, classes and counts only: never a sampled value or a data key.
    const notes = report.topics.flatMap((topic) => [...topic.warnings, ...(topic.notes ?? [])].map((line) => `- ${(0,markdown/* inlineCode */.ti)(topic.topic)}: ${(0,markdown/* escapeMarkdown */.FV)(line)}\n`));
    if (notes.length > 0)
        text += `\n**Warnings and notes**\n\n${(0,markdown/* fitLines */.RV)(notes, Math.max(0, markdown/* BODY_BUDGET */.DK - text.length - 40), 'line(s)')}`;
    return (0,markdown/* clip */.$Q)(text, markdown/* BODY_BUDGET */.DK);
}

// EXTERNAL MODULE: ./src/github/pull-request-body.ts
var pull_request_body = __webpack_require__(17909);
;// CONCATENATED MODULE: ./src/github/create-once.ts


/** Octokit per-request option: no automatic retry of this request (plugin-retry). */
const create_once_NO_AUTOMATIC_RETRY = { request: { retries: 0 } };
/**
 * Creates something that must exist once (the cluster's pull request, its topics issue).
 * A create can fail after GitHub carried it out (a 502 from a gateway, a dropped connection),
 * so it is never blindly resent: after a failure `find` looks for the thing first, and the
 * create is sent again only when it is not there and the failure was transient (5xx, network).
 */
async function create_once_createOnce(what, create, find, logger, delaysMs = [1000, 3000]) {
    for (let attempt = 0;; attempt++) {
        try {
            return await create();
        }
        catch (error) {
            const status = httpStatus(error);
            const existing = await find().catch((findError) => {
                logger.debug(`${what}: looking for it after the failure failed too: ${errorMessage(findError)}`);
                return undefined;
            });
            if (existing !== undefined) {
                logger.warn(`${what}: GitHub answered ${status ?? 'with a network error'} (${errorMessage(error)}) but it was done; using it`);
                return existing;
            }
            const transient = status === undefined || status >= 500;
            const delay = delaysMs[attempt];
            if (!transient || delay === undefined) {
                throw new Error(`${what} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${errorMessage(error)}`, { cause: error });
            }
            logger.warn(`${what} failed (${status ?? 'network error'}: ${errorMessage(error)}); not created, retrying in ${delay} ms`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
}

// EXTERNAL MODULE: ./src/github/schema-plan.ts
var schema_plan = __webpack_require__(58058);
;// CONCATENATED MODULE: ./src/github/pull-request.ts



async function findOpenPull(client, repository, branch) {
    const { owner, repo } = repository;
    const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
    return data[0];
}
/**
 * Commits the changes as one commit on top of the base and points the branch at it (forced); or,
 * for an edited branch, on top of its head, moving it forward only (a push meanwhile fails the run
 * instead of being lost).
 */
async function writeBranch(client, repository, settings, base, desired, exists) {
    const { owner, repo } = repository;
    const tree = desired.changes.map((change) => change.content === null
        ? { path: `${desired.folder}/${change.path}`, mode: '100644', type: 'blob', sha: null }
        : { path: `${desired.folder}/${change.path}`, mode: '100644', type: 'blob', content: change.content });
    const parent = desired.onto ?? base;
    const { data: newTree } = await client.rest.git.createTree({ owner, repo, base_tree: parent.treeSha, tree });
    const { data: commit } = await client.rest.git.createCommit({ owner, repo, message: desired.commitMessage, tree: newTree.sha, parents: [parent.commitSha] });
    if (desired.onto) {
        try {
            await client.rest.git.updateRef({ owner, repo, ref: `heads/${settings.branch}`, sha: commit.sha, force: false });
        }
        catch (error) {
            if (error.status !== 422)
                throw error;
            throw new Error(`branch ${settings.branch} moved while the scan ran (someone pushed to it): nothing was overwritten; run the scan again`, {
                cause: error,
            });
        }
    }
    else if (exists)
        await client.rest.git.updateRef({ owner, repo, ref: `heads/${settings.branch}`, sha: commit.sha, force: true });
    else
        await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${settings.branch}`, sha: commit.sha });
}
function splitReviewers(reviewers) {
    return {
        reviewers: reviewers.filter((reviewer) => !reviewer.includes('/')),
        team_reviewers: reviewers.filter((reviewer) => reviewer.includes('/')).map((team) => team.slice(team.indexOf('/') + 1)),
    };
}
/**
 * Brings the cluster's pull request in line with the scan: one branch and at most one open pull
 * request per cluster. Every write is preceded by a comparison, so a run that would change
 * nothing sends only reads.
 */
async function pull_request_syncPullRequest(client, repository, settings, base, desired, logger) {
    const { owner, repo } = repository;
    const open = await findOpenPull(client, repository, settings.branch);
    if (!(desired.differsFromBase ?? desired.changes.length > 0)) {
        if (!open) {
            logger.info(`no schema difference from ${settings.baseBranch}; no pull request needed`);
            return { operation: 'none' };
        }
        logger.info(`no schema difference from ${settings.baseBranch} any more: closing #${open.number}`);
        await client.rest.issues.createComment({ owner, repo, issue_number: open.number, body: desired.closingComment });
        await client.rest.pulls.update({ owner, repo, pull_number: open.number, state: 'closed' });
        return { operation: 'closed', number: open.number, url: open.html_url };
    }
    const head = await branchHead(client, repository, settings.branch);
    const upToDate = desired.onto
        ? desired.changes.length === 0
        : head !== undefined && branchIsUpToDate(await readFolder(client, repository, head, desired.folder), base, desired.desiredFiles);
    if (upToDate)
        logger.info(`branch ${settings.branch} already holds these changes`);
    else {
        const onTopOf = desired.onto ? `its own head (it holds commits people made)` : settings.baseBranch;
        logger.info(`committing ${desired.changes.length} file change(s) to ${settings.branch} on top of ${onTopOf}`);
        await writeBranch(client, repository, settings, base, desired, head !== undefined);
    }
    if (open) {
        let wrote = !upToDate;
        if (open.title !== settings.title || (open.body ?? '') !== desired.body) {
            await client.rest.pulls.update({ owner, repo, pull_number: open.number, title: settings.title, body: desired.body });
            wrote = true;
        }
        const present = new Set(open.labels.map((label) => label.name));
        const missing = settings.labels.filter((label) => !present.has(label));
        if (missing.length > 0) {
            await client.rest.issues.addLabels({ owner, repo, issue_number: open.number, labels: missing });
            wrote = true;
        }
        logger.info(wrote ? `updated pull request #${open.number}` : `pull request #${open.number} is up to date`);
        return { operation: wrote ? 'updated' : 'none', number: open.number, url: open.html_url };
    }
    const created = await createOnce(`opening the pull request ${settings.branch} → ${settings.baseBranch}`, async () => (await client.rest.pulls.create({
        owner,
        repo,
        head: settings.branch,
        base: settings.baseBranch,
        title: settings.title,
        body: desired.body,
        maintainer_can_modify: true,
        ...NO_AUTOMATIC_RETRY,
    })).data, () => findOpenPull(client, repository, settings.branch), logger);
    logger.info(`opened pull request #${created.number}`);
    if (settings.labels.length > 0)
        await client.rest.issues.addLabels({ owner, repo, issue_number: created.number, labels: settings.labels });
    if (settings.reviewers.length > 0) {
        const requested = splitReviewers(settings.reviewers);
        try {
            await client.rest.pulls.requestReviewers({ owner, repo, pull_number: created.number, ...requested });
        }
        catch (error) {
            // A reviewer who cannot review (no access, the token's own user) must not fail the scan.
            logger.warn(`could not request reviewers on #${created.number}: ${error.message}`);
        }
    }
    return { operation: 'created', number: created.number, url: created.html_url };
}

// EXTERNAL MODULE: ./src/github/topic-details.ts + 1 modules
var topic_details = __webpack_require__(70260);
;// CONCATENATED MODULE: ./src/github/topics-issue.ts




function topicsIssueMarker(cluster) {
    return (0,markdown/* hiddenMarker */.z0)('topics-issue', cluster);
}
function topicsIssueTitle(cluster) {
    return `Kafka topics to adopt in cluster ${cluster}`;
}
const cell = (value) => (value === undefined ? '–' : (0,markdown/* escapeMarkdown */.FV)(String(value)));
/** Pure: the issue body while topics are pending. */
function renderTopicsIssueBody(pending, repository) {
    const pr = pending.pullRequest ? (0,markdown/* link */.nf)(`#${pending.pullRequest.number}`, pending.pullRequest.url) : '–';
    let body = `${topicsIssueMarker(pending.cluster)}\n### New and vanished Kafka topics in cluster ${(0,markdown/* inlineCode */.ti)(pending.cluster)}\n\n`;
    const parts = [];
    if (pending.newTopics.length > 0)
        parts.push(`🆕 **${pending.newTopics.length} new topic(s)** to adopt`);
    if (pending.vanishedTopics.length > 0)
        parts.push(`🗑️ **${pending.vanishedTopics.length} vanished topic(s)** to confirm`);
    body += `${parts.join(' · ')}\n\n`;
    body += 'New topics need an owner and a description (in their `topic.json`); vanished topics need someone to confirm they are gone. ';
    body += 'This issue is updated by every scan and closes itself when nothing is pending.\n\n';
    const newBudget = Math.floor((markdown/* BODY_BUDGET */.DK - body.length) * 0.7);
    if (pending.newTopics.length > 0) {
        // One task per topic: someone takes it by setting its owners and description in its topic.json.
        const branch = pending.pullRequest?.branch ?? pending.baseBranch;
        body += `#### New topics (${pending.newTopics.length}), added by ${pr}\n\n`;
        body += (0,markdown/* fitLines */.RV)([...pending.newTopics]
            .sort((a, b) => (0,natural_order/* naturalCompare */.p)(a.topic, b.topic))
            .map((topic) => {
            const topicFile = (0,markdown/* link */.nf)('topic.json', (0,client/* webLink */.Dl)(repository, 'blob', branch, `${pending.clusterFolder}/${topic.topic}/topic.json`));
            const facts = `${cell(topic.partitions)} partition(s), key ${cell(topic.keyFormat)}, value ${cell(topic.valueFormat)}, ${cell(topic.valueFieldCount)} value field(s)`;
            return `- [ ] ${(0,markdown/* inlineCode */.ti)(topic.topic)} (${facts}): set its ${(0,markdown/* inlineCode */.ti)('owners')} and ${(0,markdown/* inlineCode */.ti)('description')} in its ${topicFile}\n`;
        }), newBudget, 'new topic(s)');
        body += '\n';
    }
    if (pending.vanishedTopics.length > 0) {
        const removedBy = pending.vanishedKept ? 'kept: the last scan was partial, or too many vanished at once' : pr;
        body += `#### Vanished topics (${pending.vanishedTopics.length})\n\n| Topic | Committed folder | Removed by |\n| --- | --- | --- |\n`;
        body += (0,markdown/* fitLines */.RV)([...pending.vanishedTopics]
            .sort(natural_order/* naturalCompare */.p)
            .map((topic) => `| ${(0,markdown/* inlineCode */.ti)(topic)} | ${(0,markdown/* link */.nf)(`${pending.clusterFolder}/${topic}`, (0,client/* webLink */.Dl)(repository, 'tree', pending.baseBranch, `${pending.clusterFolder}/${topic}`))} | ${removedBy} |\n`), markdown/* BODY_BUDGET */.DK - body.length - 200, 'vanished topic(s)');
    }
    return (0,markdown/* clip */.$Q)(body, markdown/* BODY_BUDGET */.DK);
}
function renderResolvedIssueBody(cluster) {
    return `${topicsIssueMarker(cluster)}\n### New and vanished Kafka topics in cluster ${inlineCode(cluster)}\n\nNothing pending: every topic of the cluster is committed and no committed topic has vanished.\n`;
}
/** Our issue: found by label and hidden marker (the search API is eventually consistent). */
async function findIssue(client, repository, labels, marker) {
    const { owner, repo } = repository;
    const issues = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: labels.join(','), state: 'all', per_page: 100 });
    const ours = issues.filter((issue) => !issue.pull_request && (issue.body ?? '').includes(marker));
    // Should two exist (a race between runs), keep using the oldest, preferring an open one.
    ours.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
    return ours[0];
}
/** Opens, updates, reopens or closes the cluster's topics issue; writes only on a difference. */
async function topics_issue_syncTopicsIssue(client, repository, settings, pending, logger) {
    const { owner, repo } = repository;
    const found = await findIssue(client, repository, settings.labels, topicsIssueMarker(pending.cluster));
    const title = topicsIssueTitle(pending.cluster);
    const isPending = pending.newTopics.length > 0 || pending.vanishedTopics.length > 0;
    if (!isPending) {
        if (!found || found.state === 'closed')
            return { operation: 'none', number: found?.number, url: found?.html_url };
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: found.number,
            body: renderResolvedIssueBody(pending.cluster),
            state: 'closed',
            state_reason: 'completed',
        });
        logger.info(`nothing pending: closed issue #${found.number}`);
        return { operation: 'closed', number: found.number, url: found.html_url };
    }
    const body = renderTopicsIssueBody(pending, repository);
    if (!found) {
        const marker = topicsIssueMarker(pending.cluster);
        const data = await createOnce(`opening the topics issue of cluster ${pending.cluster}`, async () => (await client.rest.issues.create({ owner, repo, title, body, labels: settings.labels, ...NO_AUTOMATIC_RETRY })).data, async () => {
            const issue = await findIssue(client, repository, settings.labels, marker);
            return issue?.state === 'open' ? issue : undefined;
        }, logger);
        logger.info(`opened issue #${data.number} for ${pending.newTopics.length} new and ${pending.vanishedTopics.length} vanished topic(s)`);
        return { operation: 'created', number: data.number, url: data.html_url };
    }
    if (found.state === 'closed') {
        await client.rest.issues.update({ owner, repo, issue_number: found.number, title, body, state: 'open' });
        logger.info(`reopened issue #${found.number}`);
        return { operation: 'reopened', number: found.number, url: found.html_url };
    }
    if (found.title === title && (found.body ?? '') === body)
        return { operation: 'none', number: found.number, url: found.html_url };
    await client.rest.issues.update({ owner, repo, issue_number: found.number, title, body });
    logger.info(`updated issue #${found.number}`);
    return { operation: 'updated', number: found.number, url: found.html_url };
}

;// CONCATENATED MODULE: ./src/github/scan-branch.ts






/** A scan pull request holds one commit per scan; past this many, its commits are not all checked. */
const MAX_CHECKED_COMMITS = 250;
const TOPIC_FILES = new Set([layout/* VALUE_SCHEMA_FILE */.lP, layout/* KEY_SCHEMA_FILE */.Ph, layout/* TOPIC_FILE */.Fr]);
/** Commits of the pull request the scan did not make: not by the account the token acts as, or not signed by GitHub. */
async function foreignCommitCount(client, repo, pullNumber, login, logger) {
    try {
        let count = 0;
        let seen = 0;
        for await (const page of client.paginate.iterator(client.rest.pulls.listCommits, { ...repo, pull_number: pullNumber, per_page: 100 })) {
            for (const commit of page.data) {
                seen++;
                if (!sameLogin(commit.author?.login, login) || commit.commit.verification?.verified !== true)
                    count++;
            }
            if (seen > MAX_CHECKED_COMMITS)
                return Math.max(count, 1);
        }
        return count;
    }
    catch (error) {
        // Taken for edited: a reset that drops a person's commit cannot be undone, a commit on top can.
        logger.warn(`could not list the commits of pull request #${pullNumber} (${errorMessage(error)}): its branch is kept and committed on top of`);
        return 1;
    }
}
/** The open scan pull request's branch, when it holds a commit that is not the scan's; undefined otherwise. */
async function scan_branch_findEditedScanBranch(client, repo, branch, folder, logger) {
    const { data: pulls } = await client.rest.pulls.list({ ...repo, head: `${repo.owner}:${branch}`, state: 'open', per_page: 10 });
    const pull = pulls[0];
    if (pull === undefined)
        return undefined;
    const head = await branchHead(client, repo, branch);
    if (head === undefined)
        return undefined;
    const foreignCommits = await foreignCommitCount(client, repo, pull.number, await actingLogin(client, logger), logger);
    if (foreignCommits === 0)
        return undefined;
    return { branch, pullNumber: pull.number, foreignCommits, snapshot: await readFolder(client, repo, head, folder) };
}
/** The files of the branch's cluster folder the scan takes, checked: relative path → blob sha. */
function takenFiles(edited, folder) {
    const { snapshot } = edited;
    const where = (path) => `${folder}${path === '' ? '' : `/${path}`} on branch ${edited.branch}`;
    for (const [path, kind] of snapshot.irregular) {
        const what = path === '' ? `${where('')}: ${kind}` : `${where(path)} is ${kind}`;
        throw new Error(`${what}: links and submodules are not allowed in the schema tree; fix the branch (or delete it) before the next scan`);
    }
    const taken = new Map();
    for (const [path, sha] of snapshot.files) {
        const parts = path.split('/');
        const known = parts.length === 1 ? parts[0] === CLUSTER_FILE : parts.length === 2 && isValidTopicName(parts[0]) && TOPIC_FILES.has(parts[1]);
        if (!known)
            continue;
        const size = snapshot.sizes.get(path);
        if (size === undefined || size > MAX_SCHEMA_FILE_BYTES) {
            throw new Error(`${where(path)} is ${size === undefined ? 'of unknown size' : `${(size / 1024 / 1024).toFixed(1)} MiB`}, over the ${MAX_SCHEMA_FILE_BYTES / 1024 / 1024} MiB limit of a committed file; fix the branch (or delete it) before the next scan`);
        }
        taken.set(path, sha);
    }
    return taken;
}
/**
 * Makes the checkout's cluster folder hold the branch's files: each known file of the branch is
 * written, and a known file of a topic the branch has but without that file is removed. Topic
 * folders the branch does not have are left: whether such a topic vanished is the cluster's to say.
 */
async function scan_branch_adoptBranchFiles(client, repo, edited, folder, dir, cluster) {
    const taken = takenFiles(edited, folder); // every check before the first write
    const contents = new Map();
    for (const [path, sha] of taken) {
        const text = await readBlobText(client, repo, sha);
        if (Buffer.byteLength(text) > MAX_SCHEMA_FILE_BYTES)
            throw new Error(`${folder}/${path} on branch ${edited.branch} is over the size limit of a committed file`);
        contents.set(path, text);
    }
    const written = [];
    const removed = [];
    const topics = new Set([...contents.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
    for (const topic of [...topics].sort()) {
        const topicFolder = (await treeFolder(dir, [cluster, topic], { create: true }));
        for (const name of [...TOPIC_FILES].sort()) {
            const text = contents.get(`${topic}/${name}`);
            if (text === undefined ? await removeTreeFile(topicFolder, name) : await writeTreeFile(topicFolder, name, text)) {
                (text === undefined ? removed : written).push(`${topic}/${name}`);
            }
        }
    }
    const clusterText = contents.get(CLUSTER_FILE);
    if (clusterText !== undefined) {
        const clusterFolder = (await treeFolder(dir, [cluster], { create: true }));
        if (await writeTreeFile(clusterFolder, CLUSTER_FILE, clusterText))
            written.push(CLUSTER_FILE);
    }
    return { written, removed };
}

;// CONCATENATED MODULE: ./src/github/publish-scan.ts
















/** The scan's branch of a cluster is `<prefix><cluster>` (input `pr-branch-prefix`). */
const DEFAULT_SCAN_BRANCH_PREFIX = 'kafka-schema-scout/';

const runDirectly = (_name, stage) => stage();
const publish_scan_TOPIC_FILES = [layout/* VALUE_SCHEMA_FILE */.lP, layout/* KEY_SCHEMA_FILE */.Ph, layout/* TOPIC_FILE */.Fr];
/** The repository-relative path of the cluster folder, with forward slashes. */
function clusterFolderPath(workspace, dir, cluster) {
    const path = relative(resolve(workspace), resolve(workspace, dir, cluster));
    if (path === '' || path.startsWith('..') || resolve(path) === path) {
        throw new Error(`the schema directory ${dir} must be inside the checkout ${workspace}`);
    }
    return path.split(sep).join('/');
}
/**
 * The files the scan wrote, read back through safe-fs (no link followed). A file that cannot be
 * read fails the publication: taken for absent, it would be deleted in the pull request.
 */
async function readLocalFiles(report) {
    const files = new Map();
    // The cluster's own file (its DataHub identity), written by this scan or committed before.
    const clusterFolder = await treeFolder(report.dir, [report.cluster]);
    const clusterFile = clusterFolder === undefined ? undefined : await readTreeFile(clusterFolder, CLUSTER_FILE);
    if (clusterFile !== undefined)
        files.set(CLUSTER_FILE, clusterFile);
    for (const outcome of report.topics) {
        if (outcome.status === 'failed')
            continue;
        topicDir(report.dir, report.cluster, outcome.topic); // validates the names
        const folder = await treeFolder(report.dir, [report.cluster, outcome.topic]);
        if (folder === undefined)
            continue;
        for (const name of publish_scan_TOPIC_FILES) {
            const content = await readTreeFile(folder, name);
            if (content !== undefined)
                files.set(`${outcome.topic}/${name}`, content);
        }
    }
    return files;
}
/** Old and new text of each changed topic; old blobs are fetched only for files that changed. */
async function detailTopics(client, repository, plan, base, local) {
    const details = [];
    for (const change of plan.topics) {
        const after = {};
        const before = {};
        for (const name of publish_scan_TOPIC_FILES) {
            const path = `${change.topic}/${name}`;
            const text = local.get(path);
            if (text !== undefined)
                after[name] = text;
            if (change.kind !== 'changed')
                continue;
            const baseSha = base.files.get(path);
            if (baseSha === undefined)
                continue;
            const modified = change.files.some((file) => file.name === name);
            if (!modified && text !== undefined)
                before[name] = text;
            else
                before[name] = await readBlobText(client, repository, baseSha);
        }
        details.push(describeTopic(change, change.kind === 'new' ? undefined : topicVersion(before), change.kind === 'removed' ? undefined : topicVersion(after)));
    }
    return details;
}
/**
 * GitHub users and teams (`@login`, `@org/team`) among the `owners` of the topics the pull request
 * changes: they are asked to review it, as CODEOWNERS would. Other owner forms are DataHub's.
 */
function ownerReviewers(local, plan) {
    const reviewers = new Set();
    for (const topic of plan.topics) {
        const text = local.get(`${topic.topic}/topic.json`);
        if (text === undefined)
            continue;
        let owners;
        try {
            owners = JSON.parse(text).owners;
        }
        catch {
            continue;
        }
        for (const owner of Array.isArray(owners) ? owners : [owners]) {
            const handle = typeof owner === 'string' ? owner : typeof owner === 'object' && owner !== null ? owner.owner : undefined;
            if (typeof handle === 'string' && /^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(handle))
                reviewers.add(handle.slice(1));
        }
    }
    return [...reviewers].sort();
}
function sameFiles(a, b) {
    return a.size === b.size && [...a].every(([path, sha]) => b.get(path) === sha);
}
/**
 * Before the scan: when people committed to the cluster's open scan pull request, its branch's
 * files replace the checkout's as the prior, so the scan keeps their edits; publishScan then
 * commits on top of that branch. Undefined (nothing done) otherwise. See scan-branch.ts.
 */
async function prepareScanBranch(settings, dir, cluster, logger) {
    if (!settings.createPullRequest)
        return undefined;
    const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
    const coordinates = { owner: settings.repository.owner, repo: settings.repository.repo };
    const folder = clusterFolderPath(settings.workspace, dir, cluster);
    const branch = `${settings.branchPrefix}${cluster}`;
    const edited = await findEditedScanBranch(client, coordinates, branch, folder, logger);
    if (edited === undefined)
        return undefined;
    const { written, removed } = await adoptBranchFiles(client, coordinates, edited, folder, dir, cluster);
    logger.info(`branch ${branch} (pull request #${edited.pullNumber}) holds ${edited.foreignCommits} commit(s) not made by the scan: its files are the prior ` +
        `(${written.length} written, ${removed.length} removed in the checkout) and this scan commits on top of it`);
    return edited;
}
function committedTopics(files) {
    return new Set([...files.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
}
/**
 * After the scan wrote its files: compare them with the base branch, then bring the cluster's
 * pull request and topics issue in line. Returns what was done; writes nothing that is already so.
 */
async function publishScan(report, settings, logger, stage = runDirectly) {
    const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
    const { repository } = settings;
    const coordinates = { owner: repository.owner, repo: repository.repo };
    const folder = clusterFolderPath(settings.workspace, report.dir, report.cluster);
    let local = new Map();
    const { base, baseBranch, plan, topics, removal, onto, branchPlan } = await stage('Compare with the base branch', async () => {
        const baseBranch = settings.baseBranch ?? (await client.rest.repos.get(coordinates)).data.default_branch;
        const head = await branchHead(client, coordinates, baseBranch);
        if (head === undefined)
            throw new Error(`base branch ${baseBranch} does not exist`);
        const base = await readFolder(client, coordinates, head, folder);
        local = await readLocalFiles(report);
        const committedNow = committedTopics(base.files);
        const removal = vanishedRemovalAllowed(report.vanished.filter((topic) => committedNow.has(topic)).length, committedNow.size, settings.maxVanishedPercent ?? DEFAULT_MAX_VANISHED_PERCENT);
        if (removal.reason)
            logger.warn(removal.reason);
        const plan = planSchemaChanges({ local, base: base.files, vanished: report.vanished, deleteVanished: !report.partial && removal.allowed });
        const topics = await detailTopics(client, repository, plan, base, local);
        logger.info(`${folder} differs from ${baseBranch} in ${plan.changes.length} file(s) of ${plan.topics.length} topic(s)`);
        // An edited branch: the commit is what it lacks; the pull request stays while it differs from the base.
        const onto = settings.editedBranch?.snapshot;
        const branchPlan = onto && planSchemaChanges({ local, base: onto.files, vanished: report.vanished, deleteVanished: !report.partial && removal.allowed });
        return { base, baseBranch, plan, topics, removal, onto, branchPlan };
    });
    const committed = committedTopics(base.files);
    const vanished = report.vanished.filter((topic) => committed.has(topic));
    const failedTopics = report.topics.filter((topic) => topic.status === 'failed').map((topic) => topic.topic);
    const branch = `${settings.branchPrefix}${report.cluster}`;
    let pullRequest = { operation: 'none' };
    if (settings.createPullRequest) {
        pullRequest = await stage('Pull request', () => syncPullRequest(client, repository, {
            branch,
            baseBranch,
            title: pullRequestTitle(settings.pullRequestTitle ?? `Kafka schemas: cluster ${report.cluster}`, topics),
            labels: settings.pullRequestLabels,
            reviewers: [...new Set([...settings.pullRequestReviewers, ...ownerReviewers(local, plan)])],
        }, base, {
            folder,
            changes: branchPlan?.changes ?? plan.changes,
            desiredFiles: branchPlan?.desiredFiles ?? plan.desiredFiles,
            ...(onto && branchPlan ? { onto, differsFromBase: plan.changes.length > 0 || !sameFiles(branchPlan.desiredFiles, base.files) } : {}),
            body: renderPullRequestBody({
                repository,
                cluster: report.cluster,
                clusterFolder: folder,
                branch,
                baseBranch,
                topics,
                failedTopics,
                keptVanished: report.partial || !removal.allowed ? vanished : [],
                keptVanishedReason: report.partial ? undefined : removal.reason,
                notes: new Map(report.topics.map((topic) => [topic.topic, topic.notes ?? []])),
                clusterFiles: plan.clusterFiles,
                evidence: evidenceOf(report),
            }),
            commitMessage: commitMessage(report.cluster, topics),
            closingComment: `The latest scan of cluster ${inlineCode(report.cluster)} finds no difference from ${inlineCode(baseBranch)} any more, so this pull request is no longer needed.`,
        }, logger));
    }
    let issue;
    if (settings.createIssue) {
        const openPull = pullRequest.operation !== 'closed' && pullRequest.number !== undefined && pullRequest.url !== undefined;
        issue = await stage('Topics issue', () => syncTopicsIssue(client, repository, { labels: settings.issueLabels }, {
            cluster: report.cluster,
            clusterFolder: folder,
            baseBranch,
            newTopics: topics.filter((topic) => topic.kind === 'new'),
            vanishedTopics: vanished,
            pullRequest: openPull ? { number: pullRequest.number, url: pullRequest.url, branch } : undefined,
            vanishedKept: report.partial || !removal.allowed,
        }, logger));
    }
    return {
        pullRequest,
        issue,
        topics,
        summary: renderJobSummary({ report, pullRequest: settings.createPullRequest ? pullRequest : undefined, issue, topics }),
    };
}

;// CONCATENATED MODULE: ./src/github/scan-preview.ts







/**
 * Pure: what a scan would post (pull request title and body, topics issue, job summary), from the
 * committed files and the scan's own, with the renderers the action uses and no GitHub at all.
 */
function previewScan(input) {
    const { report } = input;
    const baseShas = new Map([...input.base].map(([path, text]) => [path, (0,git_tree/* gitBlobSha */.Ak)(text)]));
    const committed = new Set([...input.base.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
    const vanished = report.vanished.filter((topic) => committed.has(topic));
    const removal = (0,schema_plan/* vanishedRemovalAllowed */.zq)(vanished.length, committed.size, input.maxVanishedPercent);
    const plan = (0,schema_plan/* planSchemaChanges */.gq)({
        local: new Map(input.local),
        base: baseShas,
        vanished: report.vanished,
        deleteVanished: !report.partial && removal.allowed,
    });
    const topics = plan.topics.map((change) => {
        const files = (source) => Object.fromEntries(['value.avsc', 'key.avsc', 'topic.json'].flatMap((name) => source.has(`${change.topic}/${name}`) ? [[name, source.get(`${change.topic}/${name}`)]] : []));
        return (0,topic_details/* describeTopic */.h)(change, change.kind === 'new' ? undefined : (0,topic_details/* topicVersion */.o)(files(input.base)), change.kind === 'removed' ? undefined : (0,topic_details/* topicVersion */.o)(files(input.local)));
    });
    const kept = report.partial || !removal.allowed;
    const body = (0,pull_request_body/* renderPullRequestBody */.XC)({
        repository: input.repository,
        cluster: report.cluster,
        clusterFolder: input.clusterFolder,
        branch: input.branch,
        baseBranch: input.baseBranch,
        topics,
        failedTopics: report.topics.filter((topic) => topic.status === 'failed').map((topic) => topic.topic),
        keptVanished: kept ? vanished : [],
        keptVanishedReason: report.partial ? undefined : removal.reason,
        notes: new Map(report.topics.map((topic) => [topic.topic, topic.notes ?? []])),
        clusterFiles: plan.clusterFiles,
        evidence: (0,scan_evidence/* evidenceOf */.X)(report),
    });
    const newTopics = topics.filter((topic) => topic.kind === 'new');
    const issue = newTopics.length > 0 || vanished.length > 0
        ? renderTopicsIssueBody({
            cluster: report.cluster,
            clusterFolder: input.clusterFolder,
            baseBranch: input.baseBranch,
            newTopics,
            vanishedTopics: vanished,
            vanishedKept: kept,
        }, input.repository)
        : undefined;
    return { title: (0,pull_request_body/* pullRequestTitle */.Zr)(input.title, topics), body, issue, summary: job_summary_renderJobSummary({ report, topics }), topics };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/commands/scan-markdown.ts








const scan_markdown_TOPIC_FILES = [layout/* VALUE_SCHEMA_FILE */.lP, layout/* KEY_SCHEMA_FILE */.Ph, layout/* TOPIC_FILE */.Fr];
/** The cluster folder as committed on disk (the dry run wrote nothing), relative path → text. */
async function committedFolder(dir, cluster) {
    const files = new Map();
    const clusterFolder = await (0,safe_fs/* treeFolder */.vR)(dir, [cluster]);
    if (clusterFolder === undefined)
        return files;
    const clusterFile = await (0,safe_fs/* readTreeFile */.xt)(clusterFolder, cluster_file/* CLUSTER_FILE */.ym);
    if (clusterFile !== undefined)
        files.set(cluster_file/* CLUSTER_FILE */.ym, clusterFile);
    for (const topic of (await (0,read/* listCommittedTopics */.NK)(dir, cluster)).topics) {
        const folder = await (0,safe_fs/* treeFolder */.vR)(dir, [cluster, topic]);
        if (folder === undefined)
            continue;
        for (const name of scan_markdown_TOPIC_FILES) {
            const text = await (0,safe_fs/* readTreeFile */.xt)(folder, name);
            if (text !== undefined)
                files.set(`${topic}/${name}`, text);
        }
    }
    return files;
}
/**
 * What `scan` in the action would post for this dry run — pull request title and body, topics
 * issue, job summary — rendered by the same functions, each under a `==> … <==` line.
 */
async function renderScanMarkdown(report, planned, options) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new errors/* UsageError */.e(`--repository must be owner/repo, got ${JSON.stringify(options.repository)}`);
    const base = await committedFolder(options.dir, report.cluster);
    // What the scan's branch would hold for the topics it read: their committed files, overwritten by the scan's.
    const local = new Map();
    if (base.has(cluster_file/* CLUSTER_FILE */.ym))
        local.set(cluster_file/* CLUSTER_FILE */.ym, base.get(cluster_file/* CLUSTER_FILE */.ym));
    for (const outcome of report.topics) {
        if (outcome.status === 'failed')
            continue;
        for (const name of scan_markdown_TOPIC_FILES) {
            const path = `${outcome.topic}/${name}`;
            const text = planned.get(path) ?? base.get(path);
            if (text !== undefined)
                local.set(path, text);
        }
    }
    const folder = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(options.dir, report.cluster)).split(external_node_path_.sep).join('/');
    const preview = previewScan({
        report,
        repository: { owner, repo, serverUrl: options.serverUrl },
        clusterFolder: folder,
        branch: `${DEFAULT_SCAN_BRANCH_PREFIX}${report.cluster}`,
        baseBranch: options.baseBranch,
        title: `Kafka schemas: cluster ${report.cluster}`,
        base,
        local,
        maxVanishedPercent: vanished/* DEFAULT_MAX_VANISHED_PERCENT */.ML,
    });
    const pending = preview.topics.length > 0;
    return [
        `==> pull request title <==\n${pending ? preview.title : '(no pull request: nothing differs from the committed files)'}\n`,
        `==> pull request body <==\n${pending ? preview.body : ''}`,
        `==> topics issue <==\n${preview.issue ?? '(nothing pending: no issue)\n'}`,
        `==> job summary <==\n${preview.summary}`,
    ].join('\n');
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ webLink)
/* harmony export */ });
/* unused harmony exports createGitHubClient, httpStatus */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);



const MAX_RATE_LIMIT_RETRIES = 2;
/** Octokit with retries and GitHub's primary/secondary rate limits honoured (retry-after). */
function createGitHubClient(options, logger) {
    const client = getOctokit(options.token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        retry: { retries: options.retries ?? 3 },
        throttle: {
            enabled: options.throttle ?? true,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warn(`GitHub rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                logger.warn(`GitHub secondary rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, retry, throttling);
    // GitHub's own messages ("Server Error") do not say which request failed: name it (route, not URL).
    client.hook.error('request', (error, request) => {
        const route = `${String(request.method)} ${String(request.url)}`;
        if (error instanceof Error && !error.message.startsWith(route))
            error.message = `${route}: ${error.message}`;
        throw error;
    });
    return client;
}
/** Web link to a file or folder at a branch, each path segment encoded. */
function webLink(repository, kind, ref, path) {
    const encode = (text) => text.split('/').map(encodeURIComponent).join('/');
    return `${repository.serverUrl.replace(/\/+$/, '')}/${repository.owner}/${repository.repo}/${kind}/${encode(ref)}/${encode(path)}`;
}
/** The HTTP status of an Octokit error, if it is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 17909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XC: () => (/* binding */ renderPullRequestBody),
/* harmony export */   Zr: () => (/* binding */ pullRequestTitle)
/* harmony export */ });
/* unused harmony exports pullRequestMarker, commitMessage */
/* harmony import */ var _schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29117);
/* harmony import */ var _util_natural_order__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54184);
/* harmony import */ var _change_words__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91999);
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);
/* harmony import */ var _impact_sections__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46530);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65566);






function pullRequestMarker(cluster) {
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .hiddenMarker */ .z0)('pull-request', cluster);
}
const FILES_BUDGET = 12_000;
const VANISHED_BUDGET = 6_000;
const NOTES_BUDGET = 6_000;
const IMPACT_BUDGET = 24_000;
function section(details) {
    return {
        name: details.topic,
        compatibility: details.diff?.compatibility ?? 'NONE',
        changes: details.diff?.changes ?? [],
        isNew: details.kind === 'new',
    };
}
/** The scan PR's title: the configured one, then its counts worst first (`1 breaking, 2 changed, 1 new`). */
function pullRequestTitle(title, topics) {
    const counts = (0,_change_words__WEBPACK_IMPORTED_MODULE_2__/* .titleCounts */ .hM)(topics.map(_impact_sections__WEBPACK_IMPORTED_MODULE_4__/* .standingOfDetails */ .qh));
    return counts === '' ? title : `${title} (${counts})`;
}
/**
 * Pure: the pull request body; deterministic, so an unchanged scan leaves it byte for byte the
 * same. The headline and what each change means for consumers come first, worst first; the full
 * change tables last.
 */
function renderPullRequestBody(input) {
    const cluster = (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .inlineCode */ .ti)(input.cluster);
    let header = `${pullRequestMarker(input.cluster)}\n### Kafka schemas of cluster ${cluster}\n\n`;
    header += `${(0,_change_words__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(input.topics.map(_impact_sections__WEBPACK_IMPORTED_MODULE_4__/* .standingOfDetails */ .qh))}\n\n`;
    if (input.keptVanishedReason) {
        header += `> [!WARNING]\n> ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(input.keptVanishedReason)}.\n\n`;
    }
    else if (input.failedTopics.length > 0 || input.keptVanished.length > 0) {
        header +=
            `> [!WARNING]\n> The scan was partial: ${input.failedTopics.length} topic(s) could not be read and keep their committed files` +
                (input.keptVanished.length > 0 ? `; ${input.keptVanished.length} vanished topic(s) are kept until a complete scan confirms them` : '') +
                '.\n\n';
    }
    for (const file of input.clusterFiles ?? []) {
        const url = (0,_client__WEBPACK_IMPORTED_MODULE_3__/* .webLink */ .Dl)(input.repository, 'blob', input.branch, `${input.clusterFolder}/${file.name}`);
        header += `${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)(file.name, url)} ${file.change}: the cluster's DataHub identity (platform instance, env), used by \`emit\`.\n\n`;
    }
    const shown = (0,_impact_sections__WEBPACK_IMPORTED_MODULE_4__/* .orderTopics */ .l5)(input.topics.filter((topic) => topic.kind !== 'removed'));
    if (shown.length > 0) {
        header += '#### What changes for consumers\n\n';
        header +=
            'Old readers are the consumers that still hold the committed schema and read what producers write now; new readers use the schema of this pull request on older records.\n\n';
        header += (0,_impact_sections__WEBPACK_IMPORTED_MODULE_4__/* .renderImpactSections */ .nE)(shown, input.evidence, IMPACT_BUDGET);
    }
    const noteLines = shown.flatMap((topic) => (input.notes?.get(topic.topic) ?? []).map((note) => `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .inlineCode */ .ti)(topic.topic)}: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(note)}\n`));
    if (noteLines.length > 0)
        header += `#### Near calls of the inference\n\n${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .fitLines */ .RV)(noteLines, NOTES_BUDGET, 'note(s)')}\n`;
    const vanishedLines = input.topics
        .filter((topic) => topic.kind === 'removed')
        .sort((a, b) => (0,_util_natural_order__WEBPACK_IMPORTED_MODULE_1__/* .naturalCompare */ .p)(a.topic, b.topic))
        .map((topic) => `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .inlineCode */ .ti)(topic.topic)} (${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)('folder on ' + input.baseBranch, (0,_client__WEBPACK_IMPORTED_MODULE_3__/* .webLink */ .Dl)(input.repository, 'tree', input.baseBranch, `${input.clusterFolder}/${topic.topic}`))})\n`);
    if (vanishedLines.length > 0) {
        header += `#### Vanished topics (folders removed)\n\nMerging removes their folders, and the emit that follows soft-deletes their datasets in DataHub (they stay, marked removed).\n\n${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .fitLines */ .RV)(vanishedLines, VANISHED_BUDGET, 'vanished topic(s)')}\n`;
    }
    const sections = shown.map(section);
    if (sections.length > 0)
        header += '#### All changes\n\n';
    const fileLines = shown.map((topic) => {
        const files = topic.files.map((file) => (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)(file.name, (0,_client__WEBPACK_IMPORTED_MODULE_3__/* .webLink */ .Dl)(input.repository, 'blob', input.branch, `${input.clusterFolder}/${topic.topic}/${file.name}`)));
        const fields = topic.valueFieldCount === undefined ? '' : ` (${topic.valueFieldCount} value field(s))`;
        return `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .inlineCode */ .ti)(topic.topic)}${fields}: ${files.join(' · ')}\n`;
    });
    let footer = '';
    if (fileLines.length > 0)
        footer += `#### Changed files\n\n${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .fitLines */ .RV)(fileLines, FILES_BUDGET, 'topic(s)')}\n`;
    footer += `<sub>Written by kafka-schema-scout from sampled messages (names, types and counts only). Fixes pushed to ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .inlineCode */ .ti)(input.branch)} (a type, a \`doc\`, an \`overrides\` entry in \`topic.json\`) are kept: the next scan reads them as its prior and commits on top of them.</sub>\n`;
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$Q)((0,_schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__/* .renderTopicsMarkdown */ .io)(sections, { budget: _markdown__WEBPACK_IMPORTED_MODULE_5__/* .BODY_BUDGET */ .DK, header, footer }), _markdown__WEBPACK_IMPORTED_MODULE_5__/* .BODY_BUDGET */ .DK);
}
/** The commit message of the schema branch: deterministic, counts only. */
function commitMessage(cluster, topics) {
    const count = (kind) => topics.filter((topic) => topic.kind === kind).length;
    return `Update Kafka schemas of cluster ${cluster}\n\n${count('new')} new, ${count('changed')} changed, ${count('removed')} vanished topic(s).\n`;
}


/***/ }),

/***/ 93894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ evidenceOf)
/* harmony export */ });
/** The scan's evidence by topic, for the bodies and the summary (never for files); unpacked as each topic is looked up. */
function evidenceOf(report) {
    const packed = new Map(report.topics.flatMap((topic) => (topic.evidence ? [[topic.topic, topic.evidence]] : [])));
    return { get: (topic) => packed.get(topic)?.unpack() };
}


/***/ }),

/***/ 58058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gq: () => (/* binding */ planSchemaChanges),
/* harmony export */   zq: () => (/* reexport safe */ _scan_vanished__WEBPACK_IMPORTED_MODULE_1__.zq)
/* harmony export */ });
/* unused harmony export branchIsUpToDate */
/* harmony import */ var _git_tree__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2340);
/* harmony import */ var _scan_vanished__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47943);

/** The topic of a path in the cluster folder; '' for the cluster's own files (cluster.json). */
const topicOf = (path) => path.slice(0, Math.max(0, path.indexOf('/')));
/**
 * What the schema branch must change relative to the base: local files whose blob differs
 * from the base (added or modified), and the folders of vanished topics (deleted).
 */
function planSchemaChanges(input) {
    const changes = [];
    const byTopic = new Map();
    const topicChange = (topic) => {
        let change = byTopic.get(topic);
        if (!change) {
            const committed = [...input.base.keys()].some((path) => topicOf(path) === topic);
            change = { topic, kind: committed ? 'changed' : 'new', files: [] };
            byTopic.set(topic, change);
        }
        return change;
    };
    const desiredFiles = new Map(input.base);
    const clusterFiles = [];
    for (const [path, content] of [...input.local].sort(([a], [b]) => compare(a, b))) {
        const sha = (0,_git_tree__WEBPACK_IMPORTED_MODULE_0__/* .gitBlobSha */ .Ak)(content);
        const baseSha = input.base.get(path);
        if (baseSha === sha)
            continue;
        changes.push({ path, content });
        desiredFiles.set(path, sha);
        const change = baseSha === undefined ? 'added' : 'modified';
        if (topicOf(path) === '')
            clusterFiles.push({ name: path, change });
        else
            topicChange(topicOf(path)).files.push({ name: path.slice(path.indexOf('/') + 1), change });
    }
    if (input.deleteVanished) {
        const vanished = new Set(input.vanished);
        for (const path of [...input.base.keys()].sort(compare)) {
            if (topicOf(path) === '' || !vanished.has(topicOf(path)))
                continue;
            changes.push({ path, content: null });
            desiredFiles.delete(path);
            const change = topicChange(topicOf(path));
            change.kind = 'removed';
            change.files.push({ name: path.slice(path.indexOf('/') + 1), change: 'deleted' });
        }
    }
    return { changes, topics: [...byTopic.values()].sort((a, b) => compare(a.topic, b.topic)), clusterFiles, desiredFiles };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sameItems(a, b) {
    const key = (items) => JSON.stringify((items ?? []).map((item) => [item.name, item.mode, item.type, item.sha]).sort());
    return key(a) === key(b);
}
/**
 * Is the branch already exactly what this run would commit: one commit on top of the current
 * base, the same cluster folder, and everything else as on the base? Then nothing is written.
 */
function branchIsUpToDate(branch, base, desiredFiles) {
    if (branch.parents.length !== 1 || branch.parents[0] !== base.commitSha)
        return false;
    // A base without the folder yet lists fewer levels: the branch's extra levels must hold nothing else.
    const levels = Math.max(branch.siblings.length, base.siblings.length);
    for (let level = 0; level < levels; level++)
        if (!sameItems(branch.siblings[level], base.siblings[level]))
            return false;
    if (branch.irregular.size > 0 || branch.files.size !== desiredFiles.size)
        return false;
    for (const [path, sha] of desiredFiles)
        if (branch.files.get(path) !== sha)
            return false;
    return true;
}
/** The mass-deletion guard, shared with the CLI's removal of vanished folders. */



/***/ }),

/***/ 70260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ describeTopic),
  o: () => (/* binding */ topicVersion)
});

// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/topic-diff.ts
var topic_diff = __webpack_require__(88158);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/schema/describe.ts
var describe = __webpack_require__(46134);
;// CONCATENATED MODULE: ./src/schema/field-list.ts

/** Pure: the fields of a record schema, nested ones after their parent, up to `limit`; each record type once. */
function listFields(schema, limit) {
    const listed = [];
    const seen = new Set();
    const walk = (node, path) => {
        const rest = node.type === 'union' ? node.branches.filter((branch) => branch.type !== 'null') : [node];
        if (rest.length !== 1)
            return;
        const only = rest[0];
        if (only.type === 'array')
            return walk(only.items, `${path}[]`);
        if (only.type === 'map')
            return walk(only.values, `${path}{}`);
        if (only.type !== 'record' || seen.has(only))
            return;
        seen.add(only);
        for (const field of only.fields) {
            if (listed.length >= limit)
                return;
            const fieldPath = path === '' ? field.name : `${path}.${field.name}`;
            const branches = field.type.type === 'union' ? field.type.branches : [field.type];
            const nonNull = branches.filter((branch) => branch.type !== 'null');
            listed.push({
                path: fieldPath,
                type: nonNull.map(describe/* describeType */.M).join(' | ') || 'null',
                optional: nonNull.length < branches.length,
            });
            walk(field.type, fieldPath);
        }
    };
    walk(schema, '');
    return listed;
}

// EXTERNAL MODULE: ./src/schema/resolve.ts
var resolve = __webpack_require__(8399);
;// CONCATENATED MODULE: ./src/github/topic-details.ts





const FIELDS_LISTED = 200;
/** Reads a topic's three files from text; broken JSON counts as absent. */
function topicVersion(files) {
    const parse = (text) => {
        if (text === undefined)
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    };
    return {
        value: parse(files[layout/* VALUE_SCHEMA_FILE */.lP]),
        key: parse(files[layout/* KEY_SCHEMA_FILE */.Ph]),
        topicFile: parse(files[layout/* TOPIC_FILE */.Fr]),
    };
}
function fieldCount(schema) {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || schema.type !== 'record')
        return undefined;
    return Array.isArray(schema.fields) ? schema.fields.length : undefined;
}
/** Pure: combines the plan's change with the topic's old and new versions. */
function describeTopic(change, before, after) {
    const details = { ...change };
    const shown = after ?? before;
    details.partitions = typeof shown?.topicFile?.partitions === 'number' ? shown.topicFile.partitions : undefined;
    details.keyFormat = shown?.topicFile?.keyFormat;
    details.valueFormat = shown?.topicFile?.valueFormat;
    details.valueFieldCount = fieldCount(shown?.value);
    if (typeof shown?.topicFile?.replicationFactor === 'number')
        details.replicationFactor = shown.topicFile.replicationFactor;
    const configs = shown?.topicFile?.configs;
    if (typeof configs === 'object' && configs !== null && !Array.isArray(configs))
        details.configs = configs;
    if (change.kind !== 'removed') {
        try {
            details.diff = (0,topic_diff/* diffTopic */.F)(change.kind === 'new' ? undefined : before, after);
            if (change.kind === 'new' && after?.value !== undefined)
                details.valueFields = listFields((0,resolve/* resolveSchema */.uu)(after.value), FIELDS_LISTED);
        }
        catch (error) {
            details.diffError = (0,errors/* errorMessage */.g)(error);
        }
    }
    return details;
}


/***/ })

};
