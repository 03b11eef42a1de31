export const id = 477;
export const ids = [477];
export const modules = {

/***/ 18477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerDemoCommand: () => (/* binding */ registerDemoCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/safe-fs.ts
var safe_fs = __webpack_require__(91704);
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
function orders(count) {
    const random = seededRandom(1);
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
                id: 100_000 + i,
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
function pageViews(count) {
    const random = seededRandom(2);
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

// EXTERNAL MODULE: ./src/kafka/connect.ts + 1 modules
var connect = __webpack_require__(29010);
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

// EXTERNAL MODULE: ./src/scan/run-scan.ts + 7 modules
var run_scan = __webpack_require__(39719);
// EXTERNAL MODULE: ./src/kafka/sample.ts + 3 modules
var sample = __webpack_require__(36391);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/scan/report-text.ts
var report_text = __webpack_require__(73247);
;// CONCATENATED MODULE: ./src/commands/demo.ts










const DEMO_CLUSTER = 'local';
/** Creates the demo topics that do not exist yet and fills them; existing ones are left alone. */
async function seedDemoTopics(brokers, logger) {
    const kafka = (0,connect/* createKafka */.vj)({ brokers, clientId: 'kafka-schema-scout-demo' }, logger);
    const admin = kafka.admin();
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await admin.connect();
    await producer.connect();
    try {
        const existing = new Set(await admin.listTopics());
        for (const topic of demoTopics()) {
            if (existing.has(topic.name))
                continue;
            await admin.createTopics({ topics: [{ topic: topic.name, numPartitions: topic.partitions }] });
            await waitForLeaders(admin, [{ topic: topic.name, partitions: topic.partitions }]);
            await producer.send({ topic: topic.name, messages: topic.messages });
            logger.info(`created ${topic.name} (${topic.partitions} partitions) with ${topic.messages.length} messages`);
        }
    }
    finally {
        await producer.disconnect();
        await admin.disconnect();
    }
}
async function listTree(root) {
    const entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.relative)(root, (0,external_node_path_.join)(entry.parentPath, entry.name)))
        .sort();
}
function registerDemoCommand(program, settle) {
    program
        .command('demo')
        .description('create example topics on a local broker, scan them and show the schemas (npm run demo)')
        .option('-b, --brokers <list>', 'local broker', '127.0.0.1:19092')
        .option('-d, --dir <path>', 'schema directory to write', 'demo/kafka-schemas')
        .action(async (flags) => {
        const logger = (0,log/* stderrLogger */.D)();
        const brokers = (0,connect/* parseBrokers */.U)(flags.brokers);
        await seedDemoTopics(brokers, logger);
        const report = await (0,run_scan/* runScan */.H)({
            connection: { brokers },
            cluster: DEMO_CLUSTER,
            dir: flags.dir,
            filter: { include: demoTopics().map((topic) => topic.name.replace(/\./g, '\\.')) },
            sampling: sample/* defaultSampleOptions */.q,
            naming: { namespace: 'demo.shop' },
        }, logger);
        const out = [(0,report_text/* formatScanReport */.p)(report), `files in ${flags.dir}:`];
        for (const file of await listTree(flags.dir))
            out.push(`  ${file}`);
        const folder = await (0,safe_fs/* treeFolder */.vR)(flags.dir, [DEMO_CLUSTER, 'shop.orders']);
        const example = folder && (await (0,safe_fs/* readTreeFile */.xt)(folder, 'value.avsc'));
        if (example !== undefined)
            out.push('', `${(0,external_node_path_.join)(flags.dir, DEMO_CLUSTER, 'shop.orders', 'value.avsc')}:`, example);
        process.stdout.write(`${out.join('\n')}`);
        if (report.partial)
            settle({ status: 'partial', reason: 'some demo topics could not be read' });
    });
}


/***/ })

};
