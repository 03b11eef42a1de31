export const id = 129;
export const ids = [129];
export const modules = {

/***/ 54129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_PORT: () => (/* binding */ DEMO_PORT),
  registerDemoCommand: () => (/* binding */ registerDemoCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/cluster-file.ts
var cluster_file = __webpack_require__(35236);
// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/safe-fs.ts
var safe_fs = __webpack_require__(91704);
// EXTERNAL MODULE: ./src/catalog/read.ts
var read = __webpack_require__(20939);
;// CONCATENATED MODULE: ./src/kafka/wait-for-leaders.ts
/**
 * Polls metadata until every partition of the topics has a leader. kafkajs's own
 * `createTopics({ waitForLeaders: true })` retries only LEADER_NOT_AVAILABLE, while a KRaft
 * broker may first answer UNKNOWN_TOPIC_OR_PARTITION for a topic it has just created.
 */
async function waitForLeaders(admin, topics, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    const names = topics.map(({ topic }) => topic);
    for (;;) {
        try {
            const metadata = await admin.fetchTopicMetadata({ topics: names });
            const found = new Map(metadata.topics.map(({ name, partitions }) => [name, partitions]));
            const ready = topics.every(({ topic, partitions }) => {
                const led = found.get(topic) ?? [];
                return led.length === partitions && led.every((partition) => partition.leader >= 0);
            });
            if (ready)
                return;
        }
        catch (error) {
            if (Date.now() > deadline)
                throw error;
        }
        if (Date.now() > deadline)
            throw new Error(`topic(s) ${names.join(', ')}: not every partition has a leader after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/demo/demo-broker.ts





/**
 * The demo writes only to a broker scripts/kafka.sh started: such a broker listens on the loopback
 * interface and its storage was formatted with this cluster id (`StorageTool format -t`). Anything
 * else (a Kafka of yours on the same port, a remote cluster) is refused before the first write.
 */
const SCRIPT_CLUSTER_ID = 'scout-test-cluster-id0';
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/;
/** Why the demo must not write to these brokers, or undefined when they are the script's own. */
function demoBrokerRefusal(brokers, clusterId) {
    const remote = brokers.filter((broker) => !LOOPBACK.test(broker));
    if (remote.length > 0)
        return `the demo only writes to a local broker that scripts/kafka.sh started, not to ${remote.join(', ')}`;
    if (clusterId !== SCRIPT_CLUSTER_ID) {
        return `the broker at ${brokers.join(', ')} was not started by scripts/kafka.sh (cluster id ${JSON.stringify(clusterId ?? null)}): the demo writes nothing to it; start the demo's own broker with npm run demo`;
    }
    return undefined;
}
async function checkDemoBroker(admin, brokers) {
    const refusal = demoBrokerRefusal(brokers, (await admin.describeCluster()).clusterId);
    if (refusal !== undefined)
        throw new errors/* UsageError */.e(refusal);
}
/**
 * Gives each demo topic exactly `topics`' records: a topic left by an earlier demo run is emptied
 * (its records deleted up to the end, so a rerun tells the same story), a missing one is created.
 * Only the demo's own topics are touched.
 */
async function resetDemoTopics(kafka, admin, topics, logger) {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics) {
        if (existing.has(topic.name)) {
            const partitions = Array.from({ length: topic.partitions }, (_, partition) => ({ partition, offset: '-1' }));
            await admin.fetchTopicMetadata({ topics: [topic.name] }); // deleteTopicRecords needs this topic's metadata loaded
            await admin.deleteTopicRecords({ topic: topic.name, partitions });
        }
        else {
            await admin.createTopics({ topics: [{ topic: topic.name, numPartitions: topic.partitions }], waitForLeaders: false }); // waitForLeaders below: kafkajs's own wait fails on KRaft's first answer
            await waitForLeaders(admin, [{ topic: topic.name, partitions: topic.partitions }]);
        }
    }
    await produceDemoRecords(kafka, topics, logger);
}
async function produceDemoRecords(kafka, topics, logger) {
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
        for (const topic of topics) {
            await producer.send({ topic: topic.name, messages: topic.messages });
            logger.info(`wrote ${topic.messages.length} records to ${topic.name} (${topic.partitions} partitions)`);
        }
    }
    finally {
        await producer.disconnect();
    }
}
/**
 * Empties the demo's cluster folder so the first scan starts from nothing, but only when it holds
 * nothing but the demo's topics (and cluster.json): a folder with anything else is not the demo's.
 */
async function resetDemoFolder(dir, cluster, topics) {
    const folder = await (0,safe_fs/* treeFolder */.vR)(dir, [cluster]);
    if (folder === undefined)
        return;
    const own = new Set([...topics.map((topic) => topic.name), cluster_file/* CLUSTER_FILE */.ym]);
    const foreign = [...(await (0,read/* clusterEntryNames */.Xx)(dir, cluster))].filter((name) => !own.has(name)).sort();
    if (foreign.length > 0) {
        throw new errors/* UsageError */.e(`${folder.path} holds ${foreign.join(', ')}, not the demo's: pick another --dir for the demo`);
    }
    await (0,safe_fs/* removeTreeFolder */.pG)(folder);
}

;// CONCATENATED MODULE: ./src/demo/demo-topics.ts
/** A small deterministic generator (mulberry32): the demo's data, and the tests' generated data sets. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const pick = (random, items) => items[Math.floor(random() * items.length)];
function hex(random, length) {
    let text = '';
    for (let i = 0; i < length; i++)
        text += Math.floor(random() * 16).toString(16);
    return text;
}
function uuid(random) {
    return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
}
function timestamp(random) {
    const ms = Date.UTC(2026, 10, 1) + Math.floor(random() * 20 * 86_400_000);
    return new Date(ms).toISOString();
}
/** After the release: customer ids become strings (`C-100000`); consumers that decode a long fail. */
function orders(count, release = false) {
    const random = seededRandom(release ? 11 : 1);
    const products = ['keyboard', 'monitor', 'mouse', 'desk lamp', 'usb hub', 'headset'];
    const messages = Array.from({ length: count }, (_, i) => {
        const orderId = uuid(random);
        const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
            sku: `SKU-${1000 + Math.floor(random() * 9000)}`,
            name: pick(random, products),
            quantity: 1 + Math.floor(random() * 4),
            unitPrice: Math.round(random() * 20000) / 100 + 0.01,
        }));
        const order = {
            orderId,
            createdAt: timestamp(random),
            status: pick(random, ['placed', 'paid', 'shipped', 'delivered']),
            customer: {
                id: release ? `C-${100_000 + i}` : 100_000 + i,
                email: `customer${i}@example.com`,
                address: { street: `${1 + Math.floor(random() * 200)} Main St`, city: pick(random, ['Lyon', 'Porto', 'Oslo']), zip: `${10000 + i}` },
            },
            lines,
            total: Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100,
        };
        if (random() < 0.3)
            order.couponCode = `SAVE${Math.floor(random() * 50)}`;
        return { key: orderId, value: JSON.stringify(order) };
    });
    return { name: 'shop.orders', partitions: 3, messages };
}
/** After the release: some views carry a `device`, a new optional field old consumers skip. */
function pageViews(count, release = false) {
    const random = seededRandom(release ? 12 : 2);
    const messages = Array.from({ length: count }, (_, i) => {
        const view = {
            viewId: 9007199254740993n + BigInt(i), // beyond 2^53: must stay exact
            url: pick(random, ['/', '/products', '/cart', '/checkout', '/help']),
            viewedAt: timestamp(random),
            durationMs: Math.floor(random() * 60_000),
        };
        if (random() < 0.6)
            view.referrer = pick(random, ['https://search.example', 'https://news.example']);
        if (random() < 0.5)
            view.userId = random() < 0.2 ? null : 1 + Math.floor(random() * 5000);
        if (random() < 0.3)
            view.experiment = { name: 'new-checkout', variant: pick(random, ['A', 'B']) };
        if (release && random() < 0.7)
            view.device = pick(random, ['desktop', 'phone', 'tablet']);
        const text = JSON.stringify(view, (_key, value) => (typeof value === 'bigint' ? `__big${value}` : value)).replace(/"__big(\d+)"/g, '$1');
        return { key: `session-${Math.floor(random() * 300)}`, value: text };
    });
    return { name: 'web.page-views', partitions: 2, messages };
}
function appLogs(count) {
    const random = seededRandom(3);
    const messages = Array.from({ length: count }, () => ({
        key: null,
        value: `${timestamp(random)} ${pick(random, ['INFO', 'WARN', 'ERROR'])} ${pick(random, ['checkout', 'search', 'auth'])}: ${pick(random, ['request served', 'cache miss', 'retrying upstream call', 'user signed in'])}`,
    }));
    return { name: 'ops.app-logs', partitions: 1, messages };
}
function demoTopics(messagesPerTopic = 200) {
    return [orders(messagesPerTopic), pageViews(messagesPerTopic), appLogs(messagesPerTopic)];
}
/** What the producers write after a release: one breaking change (orders) and one safe change (page views). */
function demoChanges(messagesPerTopic = 200) {
    return [orders(messagesPerTopic, true), pageViews(messagesPerTopic, true)];
}

// EXTERNAL MODULE: ./src/github/git-tree.ts
var git_tree = __webpack_require__(2340);
// EXTERNAL MODULE: ./src/github/pull-request-body.ts
var pull_request_body = __webpack_require__(17909);
// EXTERNAL MODULE: ./src/github/scan-evidence.ts
var scan_evidence = __webpack_require__(93894);
// EXTERNAL MODULE: ./src/github/schema-plan.ts
var schema_plan = __webpack_require__(58058);
// EXTERNAL MODULE: ./src/github/topic-details.ts + 1 modules
var topic_details = __webpack_require__(70260);
// EXTERNAL MODULE: ./src/kafka/connect.ts + 1 modules
var connect = __webpack_require__(29010);
// EXTERNAL MODULE: ./src/kafka/sample.ts + 5 modules
var sample = __webpack_require__(92619);
// EXTERNAL MODULE: ./src/scan/report-text.ts
var report_text = __webpack_require__(73247);
// EXTERNAL MODULE: ./src/scan/run-scan.ts + 8 modules
var run_scan = __webpack_require__(79302);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
;// CONCATENATED MODULE: ./src/commands/demo.ts
















const DEMO_CLUSTER = 'local';
/** The demo's own broker port (npm run demo starts it there): not the tests' 19092, nor Kafka's 9092. */
const DEMO_PORT = 19292;
const TOPIC_FILES = [layout/* VALUE_SCHEMA_FILE */.lP, layout/* KEY_SCHEMA_FILE */.Ph, layout/* TOPIC_FILE */.Fr];
function scanDemo(brokers, dir, logger) {
    return (0,run_scan/* runScan */.H)({
        connection: { brokers },
        cluster: DEMO_CLUSTER,
        dir,
        filter: { include: demoTopics(1).map((topic) => topic.name.replace(/\./g, '\\.')) },
        sampling: sample/* defaultSampleOptions */.qr,
        naming: { namespace: 'demo.shop' },
    }, logger);
}
/** The demo cluster's files as the scan wrote them: `<topic>/<file>` (and cluster.json) → text. */
async function clusterFiles(dir) {
    const files = new Map();
    const cluster = await (0,safe_fs/* treeFolder */.vR)(dir, [DEMO_CLUSTER]);
    const clusterFile = cluster && (await (0,safe_fs/* readTreeFile */.xt)(cluster, cluster_file/* CLUSTER_FILE */.ym));
    if (clusterFile !== undefined)
        files.set(cluster_file/* CLUSTER_FILE */.ym, clusterFile);
    for (const { name } of demoTopics(1)) {
        const folder = await (0,safe_fs/* treeFolder */.vR)(dir, [DEMO_CLUSTER, name]);
        for (const file of folder === undefined ? [] : TOPIC_FILES) {
            const text = await (0,safe_fs/* readTreeFile */.xt)(folder, file);
            if (text !== undefined)
                files.set(`${name}/${file}`, text);
        }
    }
    return files;
}
/** The body of the pull request the scan action would open for this change, by the action's own renderer. */
function pullRequestPreview(before, after, report) {
    const plan = (0,schema_plan/* planSchemaChanges */.gq)({
        local: after,
        base: new Map([...before].map(([path, text]) => [path, (0,git_tree/* gitBlobSha */.Ak)(text)])),
        vanished: [],
        deleteVanished: false,
    });
    const filesOf = (files, topic) => Object.fromEntries(TOPIC_FILES.flatMap((name) => (files.has(`${topic}/${name}`) ? [[name, files.get(`${topic}/${name}`)]] : [])));
    const topics = plan.topics.map((change) => (0,topic_details/* describeTopic */.h)(change, change.kind === 'new' ? undefined : (0,topic_details/* topicVersion */.o)(filesOf(before, change.topic)), (0,topic_details/* topicVersion */.o)(filesOf(after, change.topic))));
    return (0,pull_request_body/* renderPullRequestBody */.XC)({
        repository: { owner: 'your-org', repo: 'your-repo', serverUrl: 'https://github.com' },
        cluster: DEMO_CLUSTER,
        clusterFolder: `kafka-schemas/${DEMO_CLUSTER}`,
        branch: `kafka-schema-scout/${DEMO_CLUSTER}`,
        baseBranch: 'main',
        topics,
        failedTopics: report.topics.filter((topic) => topic.status === 'failed').map((topic) => topic.topic),
        keptVanished: [],
        notes: new Map(report.topics.map((topic) => [topic.topic, topic.notes ?? []])),
        clusterFiles: plan.clusterFiles,
        evidence: (0,scan_evidence/* evidenceOf */.X)(report),
    });
}
const heading = (text) => `\n=== ${text} ===\n\n`;
function registerDemoCommand(program, settle) {
    program
        .command('demo')
        .description("the whole story on the demo's own local broker: a first scan, a producer release, a rescan and the pull request it would open (npm run demo)")
        .option('-b, --brokers <list>', 'the broker scripts/kafka.sh started (the demo writes to no other)', `127.0.0.1:${DEMO_PORT}`)
        .option('-d, --dir <path>', 'schema directory to write', 'demo/kafka-schemas')
        .action(async (flags) => {
        const logger = (0,log/* stderrLogger */.D)();
        const out = (text) => void process.stdout.write(text);
        const brokers = (0,connect/* parseBrokers */.U)(flags.brokers);
        const kafka = (0,connect/* createKafka */.vj)({ brokers, clientId: 'kafka-schema-scout-demo' }, logger);
        const admin = kafka.admin();
        await admin.connect();
        let first;
        let before;
        let second;
        try {
            await checkDemoBroker(admin, brokers); // before anything is written, to Kafka or to disk
            await resetDemoFolder(flags.dir, DEMO_CLUSTER, demoTopics(1));
            await resetDemoTopics(kafka, admin, demoTopics(), logger);
            out(heading(`1. First scan: three topics, nothing committed yet (${brokers.join(',')})`));
            first = await scanDemo(brokers, flags.dir, logger);
            before = await clusterFiles(flags.dir);
            out((0,report_text/* formatScanReport */.p)(first));
            out(`\nfiles written under ${(0,external_node_path_.join)(flags.dir, DEMO_CLUSTER)}:\n${[...before.keys()]
                .sort()
                .map((path) => `  ${path}`)
                .join('\n')}\n`);
            const orders = before.get(`shop.orders/${layout/* VALUE_SCHEMA_FILE */.lP}`);
            if (orders !== undefined)
                out(`\n${(0,external_node_path_.join)(flags.dir, DEMO_CLUSTER, 'shop.orders', layout/* VALUE_SCHEMA_FILE */.lP)} (committed as the prior from now on):\n${orders}`);
            out(heading('2. A producer release'));
            out('  shop.orders     customer.id is now a string (an id with a prefix), no longer a number: consumers that decode it as a long fail (breaking)\n' +
                '  web.page-views  some views carry a new field, device: consumers with the old schema skip it (safe)\n');
            await produceDemoRecords(kafka, demoChanges(), logger);
            out(heading('3. Rescan: the committed schemas are the prior, the new records widen them'));
            second = await scanDemo(brokers, flags.dir, logger);
            out((0,report_text/* formatScanReport */.p)(second));
        }
        finally {
            await admin.disconnect();
        }
        out(heading('4. The pull request the scan action would open (its Markdown body, as posted)'));
        out(pullRequestPreview(before, await clusterFiles(flags.dir), second));
        const port = /:(\d+)$/.exec(brokers[0])?.[1] ?? String(DEMO_PORT);
        out(heading('What next'));
        out([
            `- The schemas are plain files under ${(0,external_node_path_.join)(flags.dir, DEMO_CLUSTER)}/<topic>/ (value.avsc, key.avsc, topic.json): edit a doc or a type, rerun, the scan keeps it.`,
            '- In your repository: copy docs/workflows/scan.yml, review.yml and emit.yml into .github/workflows/ and set the brokers, the cluster name and a GitHub App token (README, "The three workflows").',
            '- On your own cluster: node dist/cli/index.js scan --brokers <host:port> --cluster <name> --dir kafka-schemas',
            `- Run the demo again: npm run demo (it resets its own topics and folder). Stop its broker: KAFKA_PORT=${port} npm run kafka:stop`,
        ].join('\n') + '\n');
        if (first.partial || second.partial)
            settle({ status: 'partial', reason: 'some demo topics could not be read' });
    });
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
