import { join } from 'node:path';
import type { Command } from 'commander';
import { CLUSTER_FILE } from '../catalog/cluster-file';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE } from '../catalog/layout';
import { readTreeFile, treeFolder } from '../catalog/safe-fs';
import { checkDemoBroker, produceDemoRecords, resetDemoFolder, resetDemoTopics } from '../demo/demo-broker';
import { demoChanges, demoTopics } from '../demo/demo-topics';
import { gitBlobSha } from '../github/git-tree';
import { renderPullRequestBody } from '../github/pull-request-body';
import { evidenceOf } from '../github/scan-evidence';
import { planSchemaChanges } from '../github/schema-plan';
import { describeTopic, topicVersion } from '../github/topic-details';
import { createKafka, parseBrokers } from '../kafka/connect';
import { defaultSampleOptions } from '../kafka/sample';
import { formatScanReport } from '../scan/report-text';
import { runScan, type ScanReport } from '../scan/run-scan';
import { stderrLogger, type Logger } from '../util/log';
import type { Settle } from './settle';

const DEMO_CLUSTER = 'local';
/** The demo's own broker port (npm run demo starts it there): not the tests' 19092, nor Kafka's 9092. */
export const DEMO_PORT = 19292;
const TOPIC_FILES = [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE];

function scanDemo(brokers: string[], dir: string, logger: Logger): Promise<ScanReport> {
  return runScan(
    {
      connection: { brokers },
      cluster: DEMO_CLUSTER,
      dir,
      filter: { include: demoTopics(1).map((topic) => topic.name.replace(/\./g, '\\.')) },
      sampling: defaultSampleOptions,
      naming: { namespace: 'demo.shop' },
    },
    logger,
  );
}

/** The demo cluster's files as the scan wrote them: `<topic>/<file>` (and cluster.json) → text. */
async function clusterFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const cluster = await treeFolder(dir, [DEMO_CLUSTER]);
  const clusterFile = cluster && (await readTreeFile(cluster, CLUSTER_FILE));
  if (clusterFile !== undefined) files.set(CLUSTER_FILE, clusterFile);
  for (const { name } of demoTopics(1)) {
    const folder = await treeFolder(dir, [DEMO_CLUSTER, name]);
    for (const file of folder === undefined ? [] : TOPIC_FILES) {
      const text = await readTreeFile(folder!, file);
      if (text !== undefined) files.set(`${name}/${file}`, text);
    }
  }
  return files;
}

/** The body of the pull request the scan action would open for this change, by the action's own renderer. */
function pullRequestPreview(before: Map<string, string>, after: Map<string, string>, report: ScanReport): string {
  const plan = planSchemaChanges({
    local: after,
    base: new Map([...before].map(([path, text]) => [path, gitBlobSha(text)])),
    vanished: [],
    deleteVanished: false,
  });
  const filesOf = (files: Map<string, string>, topic: string) =>
    Object.fromEntries(TOPIC_FILES.flatMap((name) => (files.has(`${topic}/${name}`) ? [[name, files.get(`${topic}/${name}`)!]] : [])));
  const topics = plan.topics.map((change) =>
    describeTopic(change, change.kind === 'new' ? undefined : topicVersion(filesOf(before, change.topic)), topicVersion(filesOf(after, change.topic))),
  );
  return renderPullRequestBody({
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
    evidence: evidenceOf(report),
  });
}

const heading = (text: string) => `\n=== ${text} ===\n\n`;

export function registerDemoCommand(program: Command, settle: Settle): void {
  program
    .command('demo')
    .description("the whole story on the demo's own local broker: a first scan, a producer release, a rescan and the pull request it would open (npm run demo)")
    .option('-b, --brokers <list>', 'the broker scripts/kafka.sh started (the demo writes to no other)', `127.0.0.1:${DEMO_PORT}`)
    .option('-d, --dir <path>', 'schema directory to write', 'demo/kafka-schemas')
    .action(async (flags: { brokers: string; dir: string }) => {
      const logger = stderrLogger();
      const out = (text: string) => void process.stdout.write(text);
      const brokers = parseBrokers(flags.brokers);
      const kafka = createKafka({ brokers, clientId: 'kafka-schema-scout-demo' }, logger);
      const admin = kafka.admin();
      await admin.connect();
      let first: ScanReport;
      let before: Map<string, string>;
      let second: ScanReport;
      try {
        await checkDemoBroker(admin, brokers); // before anything is written, to Kafka or to disk
        await resetDemoFolder(flags.dir, DEMO_CLUSTER, demoTopics(1));
        await resetDemoTopics(kafka, admin, demoTopics(), logger);

        out(heading(`1. First scan: three topics, nothing committed yet (${brokers.join(',')})`));
        first = await scanDemo(brokers, flags.dir, logger);
        before = await clusterFiles(flags.dir);
        out(formatScanReport(first));
        out(
          `\nfiles written under ${join(flags.dir, DEMO_CLUSTER)}:\n${[...before.keys()]
            .sort()
            .map((path) => `  ${path}`)
            .join('\n')}\n`,
        );
        const orders = before.get(`shop.orders/${VALUE_SCHEMA_FILE}`);
        if (orders !== undefined) out(`\n${join(flags.dir, DEMO_CLUSTER, 'shop.orders', VALUE_SCHEMA_FILE)} (committed as the prior from now on):\n${orders}`);

        out(heading('2. A producer release'));
        out(
          '  shop.orders     customer.id is now a string (an id with a prefix), no longer a number: consumers that decode it as a long fail (breaking)\n' +
            '  web.page-views  some views carry a new field, device: consumers with the old schema skip it (safe)\n',
        );
        await produceDemoRecords(kafka, demoChanges(), logger);

        out(heading('3. Rescan: the committed schemas are the prior, the new records widen them'));
        second = await scanDemo(brokers, flags.dir, logger);
        out(formatScanReport(second));
      } finally {
        await admin.disconnect();
      }

      out(heading('4. The pull request the scan action would open (its Markdown body, as posted)'));
      out(pullRequestPreview(before, await clusterFiles(flags.dir), second));

      const port = /:(\d+)$/.exec(brokers[0]!)?.[1] ?? String(DEMO_PORT);
      out(heading('What next'));
      out(
        [
          `- The schemas are plain files under ${join(flags.dir, DEMO_CLUSTER)}/<topic>/ (value.avsc, key.avsc, topic.json): edit a doc or a type, rerun, the scan keeps it.`,
          '- In your repository: copy docs/workflows/scan.yml, review.yml and emit.yml into .github/workflows/ and set the brokers, the cluster name and a GitHub App token (README, "The three workflows").',
          '- On your own cluster: node dist/cli/index.js scan --brokers <host:port> --cluster <name> --dir kafka-schemas',
          `- Run the demo again: npm run demo (it resets its own topics and folder). Stop its broker: KAFKA_PORT=${port} npm run kafka:stop`,
        ].join('\n') + '\n',
      );
      if (first.partial || second.partial) settle({ status: 'partial', reason: 'some demo topics could not be read' });
    });
}
