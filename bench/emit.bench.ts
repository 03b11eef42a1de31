import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEmit } from '../src/datahub/emit-run';
import { silentLogger } from '../src/util/log';
import { GmsStandIn } from '../test/support/gms-standin';

/**
 * Emits 1,000 committed topics to the local GMS stand-in and prints wall time, requests and
 * bytes. Target: ≤ 10 s. Run: npx ncc build bench/emit.bench.ts -o .cache/bench-emit && node .cache/bench-emit/index.js
 */

const TOPICS = Number(process.env.BENCH_TOPICS ?? 1000);
const TARGET_MS = 10_000;

function valueSchema(index: number): unknown {
  return {
    type: 'record',
    name: `Event${index}`,
    namespace: 'bench',
    doc: `Event ${index}`,
    fields: [
      { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
      { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'amount', type: ['null', 'double'], default: null },
      {
        name: 'customer',
        type: {
          type: 'record',
          name: 'Customer',
          fields: [
            { name: 'name', type: 'string' },
            { name: 'tags', type: { type: 'array', items: 'string' } },
            { name: 'attrs', type: { type: 'map', values: ['null', 'string'] } },
          ],
        },
      },
      {
        name: 'lines',
        type: {
          type: 'array',
          items: {
            type: 'record',
            name: 'Line',
            fields: [
              { name: 'sku', type: 'string' },
              { name: 'qty', type: 'int', default: 1 },
            ],
          },
        },
      },
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID', 'SHIPPED'] } },
    ],
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'scout-bench-emit-'));
  for (let i = 0; i < TOPICS; i++) {
    const topicDir = join(dir, 'bench', `topic-${String(i).padStart(4, '0')}`);
    await mkdir(topicDir, { recursive: true });
    await writeFile(join(topicDir, 'value.avsc'), `${JSON.stringify(valueSchema(i), null, 2)}\n`);
    await writeFile(join(topicDir, 'key.avsc'), '"string"\n');
    await writeFile(
      join(topicDir, 'topic.json'),
      `${JSON.stringify({ partitions: 12, replicationFactor: 3, configs: { 'cleanup.policy': 'delete', 'retention.ms': '604800000' }, owners: ['alice'], tags: ['bench'] }, null, 2)}\n`,
    );
  }
  const gms = await new GmsStandIn().start();
  try {
    const started = performance.now();
    const report = await runEmit({ dir, gms: gms.url, token: 'bench-token' }, silentLogger);
    const wallMs = performance.now() - started;
    const ingest = gms.ingestRequests();
    const figures = {
      topics: TOPICS,
      proposals: report.proposals,
      failed: report.topics.filter((t) => t.status === 'failed').length,
      wallMs: Math.round(wallMs),
      requestsTotal: gms.requests.length,
      ingestRequests: ingest.length,
      bytesSent: report.bytes,
      ingestBytes: ingest.reduce((sum, r) => sum + Buffer.byteLength(r.body), 0),
      targetMs: TARGET_MS,
      withinTarget: wallMs <= TARGET_MS,
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    if (!figures.withinTarget || figures.failed > 0) process.exitCode = 1;
  } finally {
    await gms.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
