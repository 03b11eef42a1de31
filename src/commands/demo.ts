import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { readTreeFile, treeFolder } from '../catalog/safe-fs';
import { demoTopics } from '../demo/demo-topics';
import { createKafka, parseBrokers } from '../kafka/connect';
import { waitForLeaders } from '../kafka/wait-for-leaders';
import { runScan } from '../scan/run-scan';
import { defaultSampleOptions } from '../kafka/sample';
import { stderrLogger, type Logger } from '../util/log';
import { formatScanReport } from '../scan/report-text';
import type { Settle } from './settle';

const DEMO_CLUSTER = 'local';

/** Creates the demo topics that do not exist yet and fills them; existing ones are left alone. */
async function seedDemoTopics(brokers: string[], logger: Logger): Promise<void> {
  const kafka = createKafka({ brokers, clientId: 'kafka-schema-scout-demo' }, logger);
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await admin.connect();
  await producer.connect();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of demoTopics()) {
      if (existing.has(topic.name)) continue;
      await admin.createTopics({ topics: [{ topic: topic.name, numPartitions: topic.partitions }] });
      await waitForLeaders(admin, [{ topic: topic.name, partitions: topic.partitions }]);
      await producer.send({ topic: topic.name, messages: topic.messages });
      logger.info(`created ${topic.name} (${topic.partitions} partitions) with ${topic.messages.length} messages`);
    }
  } finally {
    await producer.disconnect();
    await admin.disconnect();
  }
}

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export function registerDemoCommand(program: Command, settle: Settle): void {
  program
    .command('demo')
    .description('create example topics on a local broker, scan them and show the schemas (npm run demo)')
    .option('-b, --brokers <list>', 'local broker', '127.0.0.1:19092')
    .option('-d, --dir <path>', 'schema directory to write', 'demo/kafka-schemas')
    .action(async (flags: { brokers: string; dir: string }) => {
      const logger = stderrLogger();
      const brokers = parseBrokers(flags.brokers);
      await seedDemoTopics(brokers, logger);
      const report = await runScan(
        {
          connection: { brokers },
          cluster: DEMO_CLUSTER,
          dir: flags.dir,
          filter: { include: demoTopics().map((topic) => topic.name.replace(/\./g, '\\.')) },
          sampling: defaultSampleOptions,
          naming: { namespace: 'demo.shop' },
        },
        logger,
      );
      const out: string[] = [formatScanReport(report), `files in ${flags.dir}:`];
      for (const file of await listTree(flags.dir)) out.push(`  ${file}`);
      const folder = await treeFolder(flags.dir, [DEMO_CLUSTER, 'shop.orders']);
      const example = folder && (await readTreeFile(folder, 'value.avsc'));
      if (example !== undefined) out.push('', `${join(flags.dir, DEMO_CLUSTER, 'shop.orders', 'value.avsc')}:`, example);
      process.stdout.write(`${out.join('\n')}`);
      if (report.partial) settle({ status: 'partial', reason: 'some demo topics could not be read' });
    });
}
