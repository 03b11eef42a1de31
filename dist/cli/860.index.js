export const id = 860;
export const ids = [860];
export const modules = {

/***/ 20837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ isValidTopicName),
/* harmony export */   Fr: () => (/* binding */ TOPIC_FILE),
/* harmony export */   Ph: () => (/* binding */ KEY_SCHEMA_FILE),
/* harmony export */   YN: () => (/* binding */ checkClusterName),
/* harmony export */   _O: () => (/* binding */ clusterDir),
/* harmony export */   lP: () => (/* binding */ VALUE_SCHEMA_FILE),
/* harmony export */   q2: () => (/* binding */ MAX_SCHEMA_FILE_BYTES),
/* harmony export */   rG: () => (/* binding */ topicDir)
/* harmony export */ });
/* unused harmony exports isValidClusterName, assertClusterName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * The committed layout, the product's contract with its users:
 *   <dir>/<cluster>/<topic>/value.avsc | key.avsc | topic.json
 */
const VALUE_SCHEMA_FILE = 'value.avsc';
const KEY_SCHEMA_FILE = 'key.avsc';
const TOPIC_FILE = 'topic.json';
/**
 * The largest committed file, written or read (bytes). Deep nesting makes the 2-space layout grow
 * with the square of the depth (a 2 kB message nested 1,000 levels formats to ~27 MB), which no
 * one can review and GitHub cannot show; a larger file in a checkout is not read at all.
 */
const MAX_SCHEMA_FILE_BYTES = 2 * 1024 * 1024;
/** Kafka's own rule for topic names (and a safe path segment: `.` and `..` are not topics). */
const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const CLUSTER_NAME = /^[A-Za-z0-9._-]{1,100}$/;
function isValidTopicName(name) {
    return TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}
const CLUSTER_NAME_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (not '.' or '..')";
function isValidClusterName(name) {
    return CLUSTER_NAME.test(name) && name !== '.' && name !== '..';
}
function assertClusterName(name) {
    if (!isValidClusterName(name))
        throw new Error(`invalid cluster name ${JSON.stringify(name)}: ${CLUSTER_NAME_RULE}`);
}
/** Validates a cluster name where it enters (`what`: the flag or input that gave it): a usage error. */
function checkClusterName(name, what) {
    if (!isValidClusterName(name))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${what} ${JSON.stringify(name)} is not a valid cluster name: ${CLUSTER_NAME_RULE}`);
}
function clusterDir(root, cluster) {
    assertClusterName(cluster);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, cluster);
}
function topicDir(root, cluster, topic) {
    if (!isValidTopicName(topic))
        throw new Error(`invalid topic name ${JSON.stringify(topic)}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(clusterDir(root, cluster), topic);
}


/***/ }),

/***/ 39233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatReviewText: () => (/* binding */ formatReviewText),
  localGitSource: () => (/* binding */ localGitSource),
  registerReviewCommand: () => (/* binding */ registerReviewCommand),
  reviewJson: () => (/* binding */ reviewJson),
  runReview: () => (/* binding */ runReview)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/commander/index.js + 7 modules
var commander = __webpack_require__(27009);
// EXTERNAL MODULE: ./src/util/exit-code.ts
var exit_code = __webpack_require__(67542);
// EXTERNAL MODULE: ./src/github/git-tree.ts
var git_tree = __webpack_require__(2340);
// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/schema/avsc-check.ts
var avsc_check = __webpack_require__(8775);
// EXTERNAL MODULE: ./src/json/syntax-error.ts
var syntax_error = __webpack_require__(17980);
// EXTERNAL MODULE: ./src/schema/compatibility.ts
var compatibility = __webpack_require__(24591);
// EXTERNAL MODULE: ./src/catalog/topic-diff.ts
var topic_diff = __webpack_require__(88158);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/review-plan.ts






/**
 * Pure planning of a schema review: which topics a change touches, the level each must satisfy,
 * whether the gate passes, and which files get annotations. Inputs are file texts keyed by their
 * path relative to the schema directory (`<cluster>/<topic>/<file>`); nothing here does I/O.
 */
/** Schema Registry's default level, so a repository without configuration gets the usual guarantee. */
const DEFAULT_REQUIRED_LEVEL = 'BACKWARD';
const DEFAULT_ACK_LABEL = 'schema-breaking-change-approved';
/** The scan's pull request shows data producers already write: old readers must read it. */
const DEFAULT_SCAN_REQUIRED_LEVEL = 'FORWARD';
const REVIEWED_FILES = [layout/* VALUE_SCHEMA_FILE */.lP, layout/* KEY_SCHEMA_FILE */.Ph, layout/* TOPIC_FILE */.Fr];
/** GitHub label names compare case-insensitively. */
function hasLabel(labels, wanted) {
    const target = wanted.trim().toLowerCase();
    return target !== '' && labels.some((label) => label.trim().toLowerCase() === target);
}
/** Groups `<cluster>/<topic>/<file>` paths by topic; other paths are not part of the layout and are ignored. */
function groupByTopic(base, head) {
    const topics = new Map();
    const add = (files, side) => {
        for (const [path, text] of files) {
            const parts = path.split('/');
            const file = parts[2];
            if (parts.length !== 3 || file === undefined || !REVIEWED_FILES.includes(file))
                continue;
            const name = `${parts[0]}/${parts[1]}`;
            let topic = topics.get(name);
            if (!topic)
                topics.set(name, (topic = { name, base: {}, head: {} }));
            topic[side][file] = text;
        }
    };
    add(base, 'base');
    add(head, 'head');
    return [...topics.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function sameFiles(a, b) {
    return REVIEWED_FILES.every((file) => a[file] === b[file]);
}
function hasFiles(files) {
    return REVIEWED_FILES.some((file) => files[file] !== undefined);
}
/** Parses one side of a topic; throws with the file named. */
function parseVersion(files) {
    const version = {};
    for (const [file, part] of [
        [layout/* VALUE_SCHEMA_FILE */.lP, 'value'],
        [layout/* KEY_SCHEMA_FILE */.Ph, 'key'],
    ]) {
        const text = files[file];
        if (text === undefined)
            continue;
        const schema = parseJson(file, text);
        try {
            // avsc also checks defaults against their types, which the resolver behind diffTopic does not.
            (0,avsc_check/* checkWithAvsc */.y)(schema);
        }
        catch (error) {
            throw new Error(`${file}: not a valid Avro schema (${(0,errors/* errorMessage */.g)(error)})`);
        }
        version[part] = schema;
    }
    const topicText = files[layout/* TOPIC_FILE */.Fr];
    if (topicText !== undefined) {
        const parsed = parseJson(layout/* TOPIC_FILE */.Fr, topicText);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error(`${layout/* TOPIC_FILE */.Fr}: must be a JSON object`);
        version.topicFile = parsed;
    }
    return version;
}
function parseJson(file, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`${file}: not valid JSON (${(0,syntax_error/* describeJsonError */.M)(text)})`); // V8's message quotes the text
    }
}
/** The directions a required level needs intact. */
function requiredDirections(level) {
    if (level === 'NONE')
        return [];
    if (level === 'FULL')
        return ['BACKWARD', 'FORWARD'];
    return [level];
}
/**
 * The level one version of a topic asks for: `compatibility` in its topic.json, as Schema
 * Registry's per-subject config overrides the global one. A review applies the stricter of the
 * base's and the head's.
 */
function requiredLevelOf(topicFile, fallback) {
    const configured = topicFile?.compatibility;
    if (configured === undefined)
        return { level: fallback, from: 'default' };
    const level = typeof configured === 'string' ? (0,compatibility/* parseRequiredLevel */.D3)(configured) : undefined;
    if (level === undefined) {
        return {
            level: fallback,
            from: 'default',
            warning: `topic.json: unknown compatibility ${JSON.stringify(configured)} (BACKWARD, FORWARD, FULL, NONE or a _TRANSITIVE variant); ${fallback} applies`,
        };
    }
    return { level, from: 'topic.json' };
}
/** The `topic.compatibility` change of a lowered level, marked with the directions no longer required. */
function loweredLevelChange(review, changes) {
    const { from, to } = review.levelLowered;
    const lost = requiredDirections(from).filter((direction) => !requiredDirections(to).includes(direction));
    const existing = changes.find((change) => change.path === 'topic.compatibility');
    return { ...(existing ?? { path: 'topic.compatibility', kind: 'changed', before: from, after: to }), breaks: lost };
}
function reviewTopic(files, defaultRequired, problems) {
    if (problems.length === 0 && sameFiles(files.base, files.head))
        return undefined;
    const inBase = hasFiles(files.base);
    const inHead = hasFiles(files.head) || problems.length > 0;
    const status = !inBase ? 'new' : !inHead ? 'deleted' : 'changed';
    const warnings = [];
    const topicName = files.name.slice(files.name.indexOf('/') + 1);
    if (!(0,layout/* isValidTopicName */.Dg)(topicName))
        warnings.push('the folder name is not a valid Kafka topic name');
    let before;
    if (inBase) {
        try {
            before = parseVersion(files.base);
        }
        catch (error) {
            warnings.push(`the base version cannot be read (${(0,errors/* errorMessage */.g)(error)}); compared as a new topic`);
        }
    }
    let after;
    let error = problems.length > 0 ? problems.join('; ') : undefined;
    if (inHead && error === undefined) {
        try {
            after = parseVersion(files.head);
        }
        catch (caught) {
            error = (0,errors/* errorMessage */.g)(caught);
        }
    }
    // The base's level holds until the change is merged: the head can only add to it.
    const baseLevel = before !== undefined ? requiredLevelOf(before.topicFile, defaultRequired) : undefined;
    const headLevel = after !== undefined ? requiredLevelOf(after.topicFile, defaultRequired) : undefined;
    for (const warning of new Set([baseLevel?.warning, headLevel?.warning]))
        if (warning)
            warnings.push(warning);
    const levels = [baseLevel, headLevel].filter((level) => level !== undefined);
    const required = levels.length > 0 ? (0,compatibility/* strictestLevel */.gW)(...levels.map((level) => level.level)) : defaultRequired;
    const requiredFrom = levels.some((level) => level.from === 'topic.json' && requiredDirections(level.level).length > 0) ? 'topic.json' : 'default';
    const review = { name: files.name, status, required, requiredFrom, breaking: false, breakingChanges: [], warnings };
    if (baseLevel && headLevel && (0,compatibility/* strictestLevel */.gW)(baseLevel.level, headLevel.level) !== headLevel.level) {
        review.levelLowered = { from: baseLevel.level, to: headLevel.level };
    }
    if (error !== undefined)
        return { ...review, error };
    if (status === 'deleted')
        return review;
    try {
        review.diff = (0,topic_diff/* diffTopic */.F)(status === 'new' ? undefined : before, after);
    }
    catch (caught) {
        return { ...review, error: (0,errors/* errorMessage */.g)(caught) };
    }
    if (status === 'changed' && before !== undefined) {
        const needed = requiredDirections(review.required);
        review.breakingChanges = review.diff.changes.filter((change) => change.breaks.some((direction) => needed.includes(direction)));
        review.breaking = !(0,compatibility/* satisfiesLevel */.eo)(review.diff.compatibility, review.required);
        if (review.levelLowered) {
            review.breakingChanges = [
                loweredLevelChange(review, review.diff.changes),
                ...review.breakingChanges.filter((change) => change.path !== 'topic.compatibility'),
            ];
            review.breaking = true;
        }
    }
    return review;
}
/** Head problems grouped by the topic folder they are in; the rest belong to no topic. */
function problemsByTopic(problems) {
    const byTopic = new Map();
    const tree = [];
    for (const [path, reason] of [...(problems ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const parts = path.split('/');
        if (parts.length < 3) {
            tree.push({ path, message: `${path === '' ? 'the schema directory' : path}: ${reason}` });
            continue;
        }
        const topic = `${parts[0]}/${parts[1]}`;
        byTopic.set(topic, [...(byTopic.get(topic) ?? []), `${parts.slice(2).join('/')}: ${reason}`]);
    }
    return { byTopic, tree };
}
const PART_FILES = { value: layout/* VALUE_SCHEMA_FILE */.lP, key: layout/* KEY_SCHEMA_FILE */.Ph, topic: layout/* TOPIC_FILE */.Fr };
function partOf(path) {
    return path.split(/[.[{(]/, 1)[0] ?? path;
}
/** The last field name of a change path (`a.b[]` → `b`), to find its line. */
function lastFieldName(path) {
    const segments = path.split('.').slice(1);
    const last = segments[segments.length - 1];
    return last?.replace(/(\[\]|\{\}|\([^)]*\))+$/, '') || undefined;
}
/** 1-based line where `"name": "<field>"` appears in the committed (2-space JSON) text. */
function lineOfField(text, field) {
    if (text === undefined || field === undefined)
        return undefined;
    const needle = `"name": ${JSON.stringify(field)}`;
    const index = text.split('\n').findIndex((line) => line.includes(needle));
    return index < 0 ? undefined : index + 1;
}
const ANNOTATION_MESSAGE_LIMIT = 2_000;
function annotationsOf(review, files, schemaDir, acknowledged) {
    const prefix = schemaDir === '' || schemaDir === '.' ? '' : `${schemaDir.replace(/\/+$/, '')}/`;
    if (review.error !== undefined) {
        const file = /^([^:/]+(?:\/[^:/]+)*):/.exec(review.error)?.[1] ?? layout/* VALUE_SCHEMA_FILE */.lP;
        return [{ level: 'error', file: `${prefix}${review.name}/${file}`, title: `Invalid schema file in ${review.name}`, message: review.error }];
    }
    if (!review.breaking)
        return [];
    const verdict = review.diff?.compatibility ?? 'NONE';
    const byFile = new Map();
    for (const change of review.breakingChanges) {
        const file = PART_FILES[partOf(change.path)] ?? layout/* VALUE_SCHEMA_FILE */.lP;
        byFile.set(file, [...(byFile.get(file) ?? []), change]);
    }
    if (byFile.size === 0)
        byFile.set(files?.head[layout/* VALUE_SCHEMA_FILE */.lP] !== undefined ? layout/* VALUE_SCHEMA_FILE */.lP : layout/* KEY_SCHEMA_FILE */.Ph, []);
    const broken = (0,compatibility/* brokenDirections */.cy)(verdict).filter((direction) => requiredDirections(review.required).includes(direction));
    return [...byFile].map(([file, changes]) => {
        const listed = changes.map((change) => `${change.path === '' ? '(root)' : change.path} ${change.kind} (breaks ${change.breaks.join(', ')})`);
        let message = review.levelLowered
            ? `${review.name}: this pull request lowers the required compatibility level from ${review.levelLowered.from} to ${review.levelLowered.to}; lowering a level is itself a breaking change. ${review.required} still applies to this review.`
            : `${review.name} must be ${review.required} compatible (${review.requiredFrom === 'topic.json' ? 'topic.json' : 'fail-on'}) but this change is ${verdict}: it breaks ${broken.join(' and ')}.`;
        if (listed.length > 0)
            message += ` ${listed.join('; ')}.`;
        if (acknowledged)
            message += ' Acknowledged by label.';
        const firstChange = changes.find((change) => change.kind !== 'removed');
        return {
            level: acknowledged ? 'warning' : 'error',
            file: `${prefix}${review.name}/${file}`,
            title: acknowledged ? `Acknowledged breaking change in ${review.name}` : `Breaking schema change in ${review.name}`,
            message: message.length > ANNOTATION_MESSAGE_LIMIT ? `${message.slice(0, ANNOTATION_MESSAGE_LIMIT - 1)}…` : message,
            line: file === layout/* TOPIC_FILE */.Fr ? undefined : lineOfField(files?.head[file], firstChange && lastFieldName(firstChange.path)),
        };
    });
}
function planReview(input) {
    const { byTopic, tree } = problemsByTopic(input.headProblems);
    const grouped = groupByTopic(input.base, input.head);
    for (const name of byTopic.keys())
        if (!grouped.some((files) => files.name === name))
            grouped.push({ name, base: {}, head: {} });
    grouped.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const topics = [];
    const filesByName = new Map();
    for (const files of grouped) {
        const review = reviewTopic(files, input.defaultRequired, byTopic.get(files.name) ?? []);
        if (!review)
            continue;
        topics.push(review);
        filesByName.set(review.name, files);
    }
    const invalid = tree.length > 0 || topics.some((topic) => topic.error !== undefined);
    const breaking = topics.some((topic) => topic.breaking);
    const outcome = invalid || (breaking && !input.acknowledged) ? 'failed' : breaking ? 'acknowledged' : 'passed';
    const prefix = input.schemaDir === '' || input.schemaDir === '.' ? '' : `${input.schemaDir.replace(/\/+$/, '')}/`;
    const annotations = [
        ...tree.map((problem) => ({
            level: 'error',
            file: problem.path === '' ? input.schemaDir : `${prefix}${problem.path}`,
            title: 'Not allowed in the schema directory',
            message: problem.message,
        })),
        ...topics.flatMap((topic) => annotationsOf(topic, filesByName.get(topic.name), input.schemaDir, input.acknowledged)),
    ];
    return { defaultRequired: input.defaultRequired, treeErrors: tree, topics, outcome, annotations };
}
function decideDelivery(pull) {
    const base = pull.baseRepo?.toLowerCase();
    const head = pull.headRepo?.toLowerCase();
    // pull_request_target runs the base branch's workflow with the base repository's token.
    if (pull.eventName === 'pull_request_target')
        return { comment: true };
    if (head === undefined || head !== base) {
        return {
            comment: false,
            reason: `the pull request comes from a fork (${pull.headRepo ?? 'a deleted repository'}), and the token of workflows run for forks cannot comment`,
        };
    }
    return { comment: true };
}

;// CONCATENATED MODULE: ./src/github/review-files.ts


function topicOf(path) {
    const parts = path.split('/');
    const file = parts[2];
    if (parts.length !== 3 || file === undefined || !REVIEWED_FILES.includes(file))
        return undefined;
    return `${parts[0]}/${parts[1]}`;
}
/** Pure: the topics whose files differ between two listings (path → blob hash). */
function changedTopics(base, head) {
    const topics = new Set();
    for (const path of new Set([...base.keys(), ...head.keys()])) {
        const topic = topicOf(path);
        if (topic !== undefined && base.get(path) !== head.get(path))
            topics.add(topic);
    }
    return topics;
}
function mebibytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
async function readReviewFiles(source, baseCommit, headCommit, dir) {
    const [baseListing, headListing] = await Promise.all([source.listFiles(baseCommit, dir), source.listFiles(headCommit, dir)]);
    const topics = changedTopics(baseListing.files, headListing.files);
    const blobs = new Map();
    const read = async (listing) => {
        const files = new Map();
        const problems = new Map();
        for (const [path, kind] of listing.irregular) {
            problems.set(path, `${kind}: links, submodules and special files are not allowed in the schema directory (they are never followed)`);
        }
        for (const [path, sha] of listing.files) {
            const topic = topicOf(path);
            if (topic === undefined || !topics.has(topic))
                continue;
            const size = listing.sizes.get(path);
            if (size !== undefined && size > layout/* MAX_SCHEMA_FILE_BYTES */.q2) {
                problems.set(path, `${mebibytes(size)}, over the ${mebibytes(layout/* MAX_SCHEMA_FILE_BYTES */.q2)} limit of a schema file: not read`);
                continue;
            }
            let text = blobs.get(sha);
            if (text === undefined)
                blobs.set(sha, (text = source.readBlob(sha)));
            files.set(path, await text);
        }
        return { files, problems };
    };
    const base = await read(baseListing);
    const head = await read(headListing);
    return { base: base.files, head: head.files, problems: { base: base.problems, head: head.problems } };
}

// EXTERNAL MODULE: ./src/schema/render-markdown.ts
var render_markdown = __webpack_require__(29117);
// EXTERNAL MODULE: ./src/github/change-words.ts
var change_words = __webpack_require__(91999);
// EXTERNAL MODULE: ./src/github/impact-sections.ts
var impact_sections = __webpack_require__(46530);
// EXTERNAL MODULE: ./src/github/markdown.ts
var markdown = __webpack_require__(65566);
;// CONCATENATED MODULE: ./src/github/review-markdown.ts




/** Finds the sticky review comment again; it never varies, so one PR has at most one such comment. */
const REVIEW_MARKER = '<!-- kafka-schema-scout:review -->';
/** What we allow ourselves of GitHub's cap, leaving room for its own counting. */
const REVIEW_BUDGET = render_markdown/* GITHUB_COMMENT_LIMIT */._4 - 536;
const OUTCOME_LINES = {
    passed: '**✅ Passed**: every changed topic meets its required compatibility level.',
    acknowledged: '**⚠️ Passed with acknowledged breaking changes**',
    failed: '**❌ Failed**',
};
function requiredText(level, review) {
    return `${level}${review.requiredFrom === 'topic.json' ? ' (topic.json)' : ''}`;
}
function problemRow(review, acknowledged) {
    const verdict = review.error !== undefined ? 'invalid file' : (review.diff?.compatibility ?? '–');
    const breaking = review.levelLowered ? `breaking: lowers the required level ${review.levelLowered.from} → ${review.levelLowered.to}` : 'breaking';
    const status = review.error !== undefined ? `❌ ${(0,render_markdown/* escapeMarkdown */.FV)(review.error)}` : acknowledged ? `⚠️ ${breaking}, acknowledged` : `❌ ${breaking}`;
    return `| ${(0,render_markdown/* inlineCode */.ti)(review.name)} | ${requiredText(review.required, review)} | ${verdict} | ${status} |\n`;
}
function outcomeText(plan, options, listBudget) {
    const breaking = plan.topics.filter((topic) => topic.breaking).length;
    const invalid = plan.topics.filter((topic) => topic.error !== undefined).length + plan.treeErrors.length;
    const how = options.acknowledgedWith ?? `the label ${(0,render_markdown/* inlineCode */.ti)(options.ackLabel)}`;
    let text = OUTCOME_LINES[plan.outcome];
    if (plan.outcome === 'acknowledged')
        text += `: ${breaking} topic(s) break their required level, accepted with ${how}.`;
    if (plan.outcome === 'failed') {
        const reasons = [];
        if (invalid > 0)
            reasons.push(`${invalid} topic(s) or entries have schema files that cannot be read`);
        if (breaking > 0)
            reasons.push(`${breaking} topic(s) break their required compatibility level`);
        text += `: ${reasons.join('; ')}.`;
        if (breaking > 0 && invalid === 0)
            text += ` If consumers and producers are ready for this, accept it with ${how}.`;
    }
    // Whatever would weaken the gate comes first, where nobody can miss it.
    const alarms = [
        ...plan.treeErrors.map((problem) => `- ❌ ${(0,render_markdown/* escapeMarkdown */.FV)(problem.message)}\n`),
        ...plan.topics
            .filter((review) => review.levelLowered)
            .map((topic) => `- ❌ ${(0,render_markdown/* inlineCode */.ti)(topic.name)}: this pull request lowers the required compatibility level from ${topic.levelLowered.from} to ${topic.levelLowered.to}. Lowering a level is itself a breaking change; ${topic.required} still applies here.\n`),
    ];
    return `${text}\n\n${alarms.length > 0 ? `${(0,markdown/* fitLines */.RV)(alarms, listBudget, 'problem(s)')}\n` : ''}`;
}
/** The level and why it applies: consumers of observed data for the scan's own pull request, Schema Registry's default otherwise. */
function requiredLevelLine(plan, kind) {
    const own = `a topic's ${(0,render_markdown/* inlineCode */.ti)('topic.json')} can set its own ${(0,render_markdown/* inlineCode */.ti)('compatibility')}`;
    if (kind?.kind === 'scan') {
        return `This is ${(0,render_markdown/* escapeMarkdown */.FV)(kind.reason)}: the question is whether consumers that still hold the committed schema can read it, so every topic must be ${plan.defaultRequired} compatible (input ${(0,render_markdown/* inlineCode */.ti)('scan-fail-on')}); ${own}.`;
    }
    if (kind?.kind === 'scan-edited') {
        return `This is ${(0,render_markdown/* escapeMarkdown */.FV)(kind.reason)}: both the level for planned changes and the scan's apply, ${plan.defaultRequired}; ${own}.`;
    }
    return `Required level: ${plan.defaultRequired} by default (input ${(0,render_markdown/* inlineCode */.ti)('fail-on')}); ${own}.`;
}
function standingOfReview(review) {
    if (review.error !== undefined)
        return 'no-verdict';
    if (review.status === 'new')
        return 'new';
    if (review.status === 'deleted')
        return 'vanished';
    return (0,change_words/* standingOf */.YP)('changed', review.diff?.compatibility ?? 'NONE');
}
function sectionOf(review) {
    return { name: review.name, compatibility: review.diff?.compatibility ?? 'NONE', changes: review.diff?.changes ?? [], isNew: review.status === 'new' };
}
/**
 * Pure: the review as Markdown, for the sticky comment and the job summary. Names and messages
 * are escaped; only names, types and counts appear. Fits `budget` with notes where cut.
 */
function renderReviewMarkdown(plan, options) {
    const budget = options.budget ?? REVIEW_BUDGET;
    const listBudget = Math.floor(budget / 5);
    let header = options.forComment ? `${REVIEW_MARKER}\n` : '';
    header += '### Kafka schema review\n\n';
    if (options.noCommentReason)
        header += `> [!NOTE]\n> No pull request comment: ${(0,render_markdown/* escapeMarkdown */.FV)(options.noCommentReason)}.\n\n`;
    if (options.impostors && options.impostors.length > 0) {
        const authors = [...new Set(options.impostors)].slice(0, 10).map((author) => (0,render_markdown/* inlineCode */.ti)(author));
        header += `> [!WARNING]\n> Ignored ${options.impostors.length} comment(s) that imitate this review but were not written by the review's own account (by ${authors.join(', ')}).\n\n`;
    }
    if (plan.topics.length === 0 && plan.treeErrors.length === 0) {
        return `${header}No schema files under ${(0,render_markdown/* inlineCode */.ti)(options.schemaDir)} change in this pull request.\n`;
    }
    header += outcomeText(plan, options, listBudget);
    header += `${(0,change_words/* headline */.Pl)(plan.topics.map(standingOfReview), 'deleted')}\n\n`;
    header += `${requiredLevelLine(plan, options.kind)}\n\n`;
    const problems = plan.topics.filter((topic) => topic.breaking || topic.error !== undefined);
    if (problems.length > 0) {
        header += '| Topic | Required | Verdict | Status |\n| --- | --- | --- | --- |\n';
        header += (0,markdown/* fitLines */.RV)(problems.map((topic) => problemRow(topic, plan.outcome === 'acknowledged')), listBudget, 'topic(s)');
        header += '\n';
    }
    // New topics are counted in the headline; their fields are in the change table.
    const explained = plan.topics.filter((topic) => topic.diff !== undefined && topic.status === 'changed');
    if (explained.length > 0) {
        const blocks = (0,change_words/* byStanding */.k7)(explained, standingOfReview, (topic) => topic.name).map((topic) => (0,impact_sections/* topicImpactBlock */.F3)({ topic: topic.name, kind: 'changed', files: [], diff: topic.diff }, undefined));
        header += `#### What changes for consumers\n\nOld readers are the consumers that still hold the base branch's schema; new readers use this pull request's schema on older records.\n\n`;
        header += (0,markdown/* fitLines */.RV)(blocks, listBudget, 'topic(s)');
    }
    let footer = '';
    const deleted = plan.topics.filter((topic) => topic.status === 'deleted');
    if (deleted.length > 0) {
        footer += `**Deleted topics** (${deleted.length}): their schema folders are removed.\n\n`;
        footer += (0,markdown/* fitLines */.RV)(deleted.map((topic) => `- ${(0,render_markdown/* inlineCode */.ti)(topic.name)}\n`), listBudget, 'topic(s)');
        footer += '\n';
    }
    const warnings = plan.topics.flatMap((topic) => topic.warnings.map((warning) => `- ${(0,render_markdown/* inlineCode */.ti)(topic.name)}: ${(0,render_markdown/* escapeMarkdown */.FV)(warning)}\n`));
    if (warnings.length > 0)
        footer += `**Warnings**\n\n${(0,markdown/* fitLines */.RV)(warnings, listBudget, 'warning(s)')}\n`;
    const sections = (0,change_words/* byStanding */.k7)(plan.topics.filter((topic) => topic.diff !== undefined), standingOfReview, (topic) => topic.name).map(sectionOf);
    return (0,render_markdown/* renderTopicsMarkdown */.io)(sections, { budget, header, footer });
}

;// CONCATENATED MODULE: ./src/commands/review.ts











const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
async function resolveCommit(cwd, ref, flag) {
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    }
    catch {
        throw new errors/* UsageError */.e(`${flag} ${ref}: not a commit of the repository`);
    }
}
/** Reads commits of the local repository with git itself (`ls-tree`, `cat-file`); `cwd` is its top level. */
function localGitSource(cwd) {
    return {
        async listFiles(commit, dir) {
            const listing = { files: new Map(), sizes: new Map(), irregular: new Map() };
            if (dir !== '') {
                // The folder and each folder above it must be folders in this commit, not links to elsewhere.
                const segments = dir.split('/');
                const prefixes = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
                for (const entry of (await git(cwd, ['ls-tree', '-z', '--full-tree', commit, '--', ...prefixes])).split('\0')) {
                    const match = /^(\d+) (\w+) [0-9a-f]+\t(.*)$/s.exec(entry);
                    if (!match || match[2] === 'tree')
                        continue;
                    listing.irregular.set('', `${(0,git_tree/* irregularEntryKind */.uA)(match[1], match[2]) ?? 'a file'} at ${match[3]}, not a folder`);
                    return listing;
                }
            }
            const prefix = dir === '' ? '' : `${dir}/`;
            const output = await git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', ...(dir === '' ? [] : [dir])]);
            for (const entry of output.split('\0')) {
                const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(entry);
                if (!match || !match[5].startsWith(prefix))
                    continue;
                const [, mode, type, sha, size, path] = match;
                const relativePath = path.slice(prefix.length);
                const irregular = (0,git_tree/* irregularEntryKind */.uA)(mode, type);
                if (irregular !== undefined) {
                    listing.irregular.set(relativePath, irregular);
                }
                else {
                    listing.files.set(relativePath, sha);
                    if (size !== '-')
                        listing.sizes.set(relativePath, Number(size));
                }
            }
            return listing;
        },
        readBlob: (sha) => git(cwd, ['cat-file', 'blob', sha]),
    };
}
function line(kind, name, detail = '') {
    return `  ${kind.padEnd(9)} ${name}${detail}`;
}
function formatReviewText(plan, heading) {
    const lines = [heading];
    const breaking = plan.topics.filter((topic) => topic.breaking).length;
    const invalid = plan.topics.filter((topic) => topic.error !== undefined).length + plan.treeErrors.length;
    lines.push(`outcome: ${plan.outcome} (${plan.topics.length} topic(s) differ, ${breaking} breaking, ${invalid} invalid; default level ${plan.defaultRequired})`);
    for (const problem of plan.treeErrors)
        lines.push(`  INVALID   ${problem.message}`);
    for (const topic of plan.topics.filter((review) => review.levelLowered)) {
        lines.push(`  LOWERED   ${topic.name}: required level lowered from ${topic.levelLowered.from} to ${topic.levelLowered.to} (breaking; ${topic.required} applies)`);
    }
    for (const topic of plan.topics) {
        if (topic.error !== undefined) {
            lines.push(line(topic.status, topic.name, `: INVALID ${topic.error}`));
        }
        else if (topic.status === 'changed') {
            const verdict = topic.diff?.compatibility ?? 'NONE';
            const from = topic.requiredFrom === 'topic.json' ? 'topic.json' : '--fail-on';
            lines.push(line(topic.status, topic.name, `: ${verdict}, required ${topic.required} (${from})${topic.breaking ? ' BREAKING' : ''}`));
        }
        else {
            lines.push(line(topic.status, topic.name));
        }
        for (const change of topic.diff?.changes ?? []) {
            const values = change.before !== null || change.after !== null ? `: ${change.before ?? '∅'} → ${change.after ?? '∅'}` : '';
            const breaks = change.breaks.length > 0 ? `  [breaks ${change.breaks.join(', ')}]` : '';
            lines.push(`      ${change.kind.padEnd(19)} ${change.path}${values}${breaks}`);
        }
        for (const warning of topic.warnings)
            lines.push(`      warning: ${warning}`);
    }
    return `${lines.join('\n')}\n`;
}
function reviewJson(plan, commits) {
    return {
        ...commits,
        outcome: plan.outcome,
        defaultRequired: plan.defaultRequired,
        treeErrors: plan.treeErrors,
        topics: plan.topics.map((topic) => ({
            name: topic.name,
            status: topic.status,
            required: topic.required,
            requiredFrom: topic.requiredFrom,
            levelLowered: topic.levelLowered ?? null,
            compatibility: topic.diff?.compatibility ?? null,
            breaking: topic.breaking,
            error: topic.error ?? null,
            warnings: topic.warnings,
            changes: topic.diff?.changes ?? [],
            incompatibilities: topic.diff?.incompatibilities ?? [],
        })),
    };
}
/**
 * Compares the schema directory of `--head` with that of its merge base with `--base` (what the
 * pull request changes, as `git diff base...head` shows it). Returns the exit code: 1 when the gate fails.
 */
async function runReview(flags, environment = {}) {
    const write = environment.write ?? ((text) => process.stdout.write(text));
    const required = (0,compatibility/* parseRequiredLevel */.D3)(flags.failOn);
    if (required === undefined) {
        throw new errors/* UsageError */.e(`--fail-on: unknown level ${JSON.stringify(flags.failOn)} (BACKWARD, FORWARD, FULL, NONE, or a _TRANSITIVE variant)`);
    }
    const cwd = environment.cwd ?? process.cwd();
    let top;
    let prefix;
    try {
        top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
        prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
    }
    catch (error) {
        throw new errors/* UsageError */.e(`not inside a git repository (${(0,errors/* errorMessage */.g)(error)})`);
    }
    const dir = normalizeDir((0,external_node_path_.isAbsolute)(flags.dir) ? (0,external_node_path_.relative)(top, flags.dir) : `${prefix}${flags.dir}`);
    const base = await resolveCommit(top, flags.base, '--base');
    const head = await resolveCommit(top, flags.head, '--head');
    let mergeBase = (await git(top, ['merge-base', base, head]).catch(() => '')).trim();
    if (mergeBase === '') {
        const shallow = (await git(top, ['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true';
        process.stderr.write(`review: no merge base of ${flags.base} and ${flags.head} in this clone${shallow ? ' (it is shallow: run git fetch --unshallow, or use actions/checkout with fetch-depth: 0)' : ''}; comparing with ${flags.base} itself\n`);
        mergeBase = base;
    }
    const files = await readReviewFiles(localGitSource(top), mergeBase, head, dir);
    const plan = planReview({
        base: files.base,
        head: files.head,
        headProblems: files.problems.head,
        defaultRequired: required,
        acknowledged: flags.allowBreaking === true,
        schemaDir: dir,
    });
    if (flags.format === 'json') {
        write(`${JSON.stringify(reviewJson(plan, { base, head, mergeBase }), null, 2)}\n`);
    }
    else if (flags.format === 'markdown') {
        // As the action posts it (its marker included), but a breaking change accepted here is by the flag, not a label.
        write(renderReviewMarkdown(plan, { schemaDir: dir, ackLabel: DEFAULT_ACK_LABEL, forComment: true, acknowledgedWith: '<code>--allow-breaking</code>' }));
    }
    else {
        write(formatReviewText(plan, `review of ${dir || '.'}: ${mergeBase.slice(0, 12)} (merge base of ${flags.base}) → ${head.slice(0, 12)} (${flags.head})`));
    }
    return plan.outcome === 'failed' ? exit_code/* ExitCode */.y.failed : exit_code/* ExitCode */.y.ok;
}
/** `a/./b/` → `a/b`; refuses paths that leave the repository. */
function normalizeDir(path) {
    const segments = [];
    for (const segment of path.split(/[\\/]+/)) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.pop() === undefined)
                throw new errors/* UsageError */.e(`--dir ${path}: outside the repository`);
            continue;
        }
        segments.push(segment);
    }
    return segments.join('/');
}
function registerReviewCommand(program, settle) {
    program
        .command('review')
        .description('review the schema changes between two git refs (as a pull request would): changes, verdicts, and a compatibility gate')
        .requiredOption('--base <ref>', 'the target branch or commit; the comparison starts at its merge base with --head')
        .option('--head <ref>', 'the proposed branch or commit', 'HEAD')
        .option('-d, --dir <dir>', 'directory of the committed schemas (relative to the current directory)', 'kafka-schemas')
        .option('--fail-on <level>', "the level every changed topic must satisfy unless its topic.json sets `compatibility`: BACKWARD (Schema Registry's default), FORWARD, FULL, NONE", DEFAULT_REQUIRED_LEVEL)
        .option('--allow-breaking', 'report breaking changes but do not fail (what the acknowledgement label does in the action)')
        .addOption(new commander/* Option */.c$('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
        .action(async (flags) => {
        const code = await runReview(flags);
        if (code !== exit_code/* ExitCode */.y.ok)
            settle({ status: 'failed', reason: 'the schema review failed (see above)' });
    });
}


/***/ }),

/***/ 17980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeJsonError)
/* harmony export */ });
/* unused harmony export firstErrorOffset */
/**
 * Where a text stops being JSON, told by line and column only. V8's JSON.parse messages quote
 * the text (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and an error about a
 * file must not print what the file holds. Called only after JSON.parse has thrown, so this
 * scan is not on any hot path.
 */
function describeJsonError(text) {
    const offset = firstErrorOffset(text);
    if (offset === undefined)
        return 'position unknown';
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const where = `line ${line}, column ${offset - lineStart + 1}`;
    return offset >= text.length ? `unexpected end at ${where}` : `at ${where}`;
}
const isDigit = (code) => code >= 0x30 && code <= 0x39;
const isHex = (code) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const LITERALS = new Map(['true', 'false', 'null'].map((word) => [word.charCodeAt(0), word]));
const ESCAPES = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
/**
 * The offset of the first character that RFC 8259 JSON (what JSON.parse accepts) does not
 * allow there: text.length when the text ends too early, undefined when the text is valid.
 * Iterative (a stack of open containers), so any nesting depth is fine.
 */
function firstErrorOffset(text) {
    const n = text.length;
    let i = 0;
    const skipSpace = () => {
        for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i))
            ;
    };
    /** End of the string starting at i (a quote), or the negated offset of its error minus one. */
    const string = (start) => {
        for (let j = start + 1; j < n; j++) {
            const c = text.charCodeAt(j);
            if (c === 0x22)
                return j + 1;
            if (c < 0x20)
                return -j - 1;
            if (c !== 0x5c)
                continue;
            const escaped = text.charCodeAt(++j);
            if (j >= n)
                return -n - 1;
            if (!ESCAPES.has(escaped))
                return -j - 1;
            if (escaped !== 0x75)
                continue;
            for (let k = 0; k < 4; k++) {
                if (++j >= n)
                    return -n - 1;
                if (!isHex(text.charCodeAt(j)))
                    return -j - 1;
            }
        }
        return -n - 1;
    };
    const digits = (start) => {
        let j = start;
        while (j < n && isDigit(text.charCodeAt(j)))
            j++;
        return j;
    };
    const number = (start) => {
        let j = start;
        if (text.charCodeAt(j) === 0x2d)
            j++;
        if (j >= n)
            return -n - 1;
        if (text.charCodeAt(j) === 0x30)
            j++;
        else if (isDigit(text.charCodeAt(j)))
            j = digits(j);
        else
            return -j - 1;
        if (text.charCodeAt(j) === 0x2e) {
            const end = digits(j + 1);
            if (end === j + 1)
                return -Math.min(end, n) - 1;
            j = end;
        }
        const e = text.charCodeAt(j);
        if (e === 0x65 || e === 0x45) {
            j++;
            const sign = text.charCodeAt(j);
            if (sign === 0x2b || sign === 0x2d)
                j++;
            const end = digits(j);
            if (end === j)
                return -Math.min(end, n) - 1;
            j = end;
        }
        return j;
    };
    const open = []; // 0x7b '{' or 0x5b '['
    let state = 'value';
    for (;;) {
        skipSpace();
        if (state === 'after') {
            if (open.length === 0)
                return i < n ? i : undefined;
            if (i >= n)
                return n;
            const c = text.charCodeAt(i);
            const top = open[open.length - 1];
            if (c === 0x2c) {
                i++;
                state = top === 0x7b ? 'key' : 'value';
            }
            else if ((top === 0x7b && c === 0x7d) || (top === 0x5b && c === 0x5d)) {
                i++;
                open.pop();
            }
            else
                return i;
            continue;
        }
        if (i >= n)
            return n;
        const c = text.charCodeAt(i);
        if (state === 'key') {
            if (c !== 0x22)
                return i;
            const end = string(i);
            if (end < 0)
                return -end - 1;
            i = end;
            skipSpace();
            if (i >= n)
                return n;
            if (text.charCodeAt(i) !== 0x3a)
                return i;
            i++;
            state = 'value';
            continue;
        }
        state = 'after';
        if (c === 0x7b || c === 0x5b) {
            i++;
            skipSpace();
            if (text.charCodeAt(i) === c + 2)
                i++; // '}' is '{' + 2, ']' is '[' + 2
            else {
                open.push(c);
                state = c === 0x7b ? 'key' : 'value';
            }
            continue;
        }
        let end;
        if (c === 0x22)
            end = string(i);
        else if (c === 0x2d || isDigit(c))
            end = number(i);
        else {
            const literal = LITERALS.get(c);
            if (literal === undefined)
                return i;
            let j = i + 1;
            while (j - i < literal.length && text.charCodeAt(j) === literal.charCodeAt(j - i))
                j++;
            if (j - i < literal.length)
                return Math.min(j, n); // where it stops matching, as V8 says
            end = j;
        }
        if (end < 0)
            return -end - 1;
        i = end;
    }
}


/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ checkWithAvsc)
/* harmony export */ });
/* unused harmony export canSkipCodecs */
/* harmony import */ var avsc__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39369);
/* harmony import */ var avsc__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(avsc__WEBPACK_IMPORTED_MODULE_0__);

const recordPrototype = (avsc__WEBPACK_IMPORTED_MODULE_0___default().types).RecordType.prototype;
const typePrototype = (avsc__WEBPACK_IMPORTED_MODULE_0___default().Type).prototype;
/** Codecs used only to encode or decode values: stand-ins that fail loudly if validation ever calls them. */
const CODEC_GENERATORS = ['_createReader', '_createSkipper', '_createWriter', '_createChecker'];
function unusedCodec() {
    throw new Error('internal: avsc used a codec while only validating a schema');
}
/**
 * Defaults of record and union types are copied into instances of these constructors while they
 * are checked (`new Record(...values)`, `new Branch(value)`), and copied again from them: these
 * build the same objects as avsc's generated ones, without generating code.
 */
function recordConstructor() {
    const fields = (this.fields ?? []).map((field) => ({
        name: field.name,
        defaultValue: field.defaultValue.bind(field),
        hasDefault: field.defaultValue() !== undefined,
    }));
    return function PlainRecord(...values) {
        fields.forEach((field, i) => {
            this[field.name] = values[i] === undefined && field.hasDefault ? field.defaultValue() : values[i];
        });
    };
}
function branchConstructor() {
    const name = this.branchName;
    if (name === 'null')
        return null; // as avsc's own: union code tests for it
    function Branch(value) {
        this[name] = value;
    }
    Branch.prototype.unwrap = function () {
        return this[name];
    };
    return Branch;
}
const stubs = [
    ...CODEC_GENERATORS.map((method) => [recordPrototype, method, () => unusedCodec]),
    [recordPrototype, '_createConstructor', recordConstructor],
    [typePrototype, '_createBranchConstructor', branchConstructor],
];
/** Whether this avsc still has the generators (false: the full parse runs). */
const canSkipCodecs = stubs.every(([prototype, method]) => typeof prototype[method] === 'function');
function parseWithoutCodecs(schema) {
    const saved = stubs.map(([prototype, method]) => prototype[method]);
    for (const [prototype, method, stub] of stubs)
        prototype[method] = stub;
    try {
        // Synchronous: no other code runs while the stand-ins are in place.
        avsc__WEBPACK_IMPORTED_MODULE_0___default().Type.forSchema(schema, { wrapUnions: true });
    }
    finally {
        stubs.forEach(([prototype, method], i) => (prototype[method] = saved[i]));
    }
}
/** Throws avsc's own error unless avsc parses `schema` with `wrapUnions` (the type itself is not needed). */
function checkWithAvsc(schema) {
    if (canSkipCodecs)
        parseWithoutCodecs(schema);
    else
        avsc__WEBPACK_IMPORTED_MODULE_0___default().Type.forSchema(schema, { wrapUnions: true });
}


/***/ }),

/***/ 88996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setOwn),
/* harmony export */   e: () => (/* binding */ ownValue)
/* harmony export */ });
/**
 * Objects built from keys that are data (topic.json fields, config names, schema attributes):
 * `obj[key] = value` with the key `__proto__` sets the prototype instead of a field, and
 * `obj[key]` finds inherited members (`constructor`, `toString`) for keys the object lacks.
 */
/** Sets an own, enumerable property, whatever the key. */
function setOwn(object, key, value) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/** The object's own property `key`, or undefined: never an inherited member. */
function ownValue(object, key) {
    return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}


/***/ })

};
