import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runEmit, type EmitOptions } from '../../../src/datahub/emit-run';
import { NotDataHubError } from '../../../src/datahub/rest-emitter';
import { datasetUrn } from '../../../src/datahub/urn';
import type { Logger } from '../../../src/util/log';
import { GmsStandIn, type StandInOptions } from '../../support/gms-standin';
import { oracleValidate } from '../../support/datahub-oracle';
import { sampleTopics, writeCatalog } from '../../datahub/fixtures';

const TOKEN = 'secret-token-4711';
const fast = { minRetryDelayMs: 5, maxRetryDelayMs: 50, maxRetries: 4, timeoutMs: 5000 };

function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

let standIn: GmsStandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
  standIn = undefined;
});

async function start(options: StandInOptions = {}): Promise<GmsStandIn> {
  standIn = await new GmsStandIn(options).start();
  return standIn;
}

/** Datasets the stand-in holds (the tags they refer to are entities of their own). */
function datasetCount(gms: GmsStandIn): number {
  return [...gms.aspects.keys()].filter((urn) => urn.startsWith('urn:li:dataset:')).length;
}

async function emit(gms: string, extra: Partial<EmitOptions> = {}, logger = capturingLogger()) {
  const dir = await writeCatalog(sampleTopics);
  const report = await runEmit({ dir, gms, token: TOKEN, rest: fast, now: () => 1_700_000_000_000, ...extra }, logger);
  return { report, logger, dir };
}

test('sends every topic in one batch, with the Rest.li headers and the token', async () => {
  const gms = await start({ requireToken: TOKEN });
  const { report } = await emit(gms.url);
  expect(report.partial).toBe(false);
  expect(report.topics.map((t) => `${t.cluster}/${t.topic} ${t.status}`)).toEqual([
    'main/carts sent',
    'main/docs sent',
    'main/linked-list sent',
    'main/logical sent',
    'main/orders sent',
    'other/plain sent',
  ]);
  const ingests = gms.ingestRequests();
  expect(ingests.map((r) => r.path)).toEqual(['/aspects?action=ingestProposalBatch']);
  expect(ingests[0]!.headers['x-restli-protocol-version']).toBe('2.0.0');
  expect(ingests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  const orders = gms.aspects.get(datasetUrn('orders', 'PROD'))!;
  expect([...orders.keys()].sort()).toEqual(
    ['browsePathsV2', 'dataPlatformInstance', 'datasetProperties', 'domains', 'globalTags', 'ownership', 'schemaMetadata', 'status', 'subTypes'].sort(),
  );
  expect(orders.get('datasetProperties')).toMatchObject({
    name: 'orders',
    description: 'Orders placed in the shop',
    customProperties: { Partitions: '6', 'Replication Factor': '3', 'cleanup.policy': 'delete', 'retention.ms': '604800000' },
  });
  // topic.json's tags exist as tags
  expect(gms.aspects.get('urn:li:tag:gold')?.get('tagKey')).toEqual({ name: 'gold' });
  // Drift: the stand-in now has exactly the committed topics.
  expect(report.drift).toEqual({ missingInDataHub: [], missingInRepository: [] });
  // What GMS received loads into the SDK's classes.
  const sent = (JSON.parse(ingests[0]!.body) as { proposals: unknown[] }).proposals;
  expect((await oracleValidate(sent)).filter((r) => !r.ok)).toEqual([]);
});

test('a rerun is idempotent: same aspects, UPSERT', async () => {
  const gms = await start();
  const dir = await writeCatalog(sampleTopics);
  await runEmit({ dir, gms: gms.url, rest: fast }, capturingLogger());
  const first = JSON.stringify([...gms.aspects].map(([urn, a]) => [urn, [...a]]));
  await runEmit({ dir, gms: gms.url, rest: fast }, capturingLogger());
  expect(JSON.stringify([...gms.aspects].map(([urn, a]) => [urn, [...a]]))).toBe(first);
});

test('chunks at 200 proposals and falls back to ingestProposal where the batch action is missing', async () => {
  const gms = await start({ batchSupported: false });
  const { report } = await emit(gms.url, { rest: { ...fast, maxBatchProposals: 10 } });
  expect(report.partial).toBe(false);
  const paths = gms.ingestRequests().map((r) => r.path);
  expect(paths[0]).toBe('/aspects?action=ingestProposalBatch');
  expect(paths.slice(1).every((p) => p === '/aspects?action=ingestProposal')).toBe(true);
  expect(paths.length - 1).toBe(report.proposals);
  const single = JSON.parse(gms.ingestRequests()[1]!.body) as { proposal: { entityUrn: string }; async: string };
  expect(single.async).toBe('false');
  expect(datasetCount(gms)).toBe(6);
});

test.each([
  ['503 burst', { kind: 'status', status: 503 } as const],
  ['429 with Retry-After', { kind: 'status', status: 429, retryAfterSeconds: 0 } as const],
  ['connection resets', { kind: 'reset' } as const],
  ['mixed 502/504', { kind: 'status', status: 502 } as const],
])('retries through a %s', async (_label, fault) => {
  const gms = await start();
  gms.failNext(2, { kind: 'status', status: 503 }, '/config');
  gms.failNext(3, fault, '/aspects');
  gms.failNext(1, { kind: 'reset' }, '/api/graphql');
  const { report } = await emit(gms.url);
  expect(report.partial).toBe(false);
  expect(datasetCount(gms)).toBe(6);
  expect(gms.requests.filter((r) => r.path === '/config')).toHaveLength(3);
  expect(gms.ingestRequests()).toHaveLength(4);
  expect(report.drift).toEqual({ missingInDataHub: [], missingInRepository: [] });
});

test('Retry-After is honoured (seconds)', async () => {
  const gms = await start();
  gms.failNext(1, { kind: 'status', status: 429, retryAfterSeconds: 1 }, '/aspects');
  const started = Date.now();
  const dir = await writeCatalog(sampleTopics.slice(0, 1));
  await runEmit({ dir, gms: gms.url, rest: { ...fast, maxRetryDelayMs: 5000 } }, capturingLogger());
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
});

test("retries exhausted: the chunk's topics fail with a reason, others go on, the token never shows", async () => {
  const gms = await start();
  const logger = capturingLogger();
  // Chunks of 10 proposals: the first chunk fails for good (1 + maxRetries attempts), the rest pass.
  gms.failNext(3, { kind: 'status', status: 503 }, '/aspects');
  const { report } = await emit(gms.url, { rest: { ...fast, maxRetries: 2, maxBatchProposals: 10 } }, logger);
  expect(report.partial).toBe(true);
  const failed = report.topics.filter((t) => t.status === 'failed');
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.length).toBeLessThan(6);
  expect(failed[0]!.reason).toMatch(/503/);
  expect(report.topics.filter((t) => t.status === 'sent').length).toBe(6 - failed.length);
  const everything = JSON.stringify(report) + logger.lines.join('\n');
  expect(everything).not.toContain(TOKEN);
});

test('a batch that fails with no retries left fails its topics', async () => {
  const gms = await start();
  gms.failNext(1, { kind: 'status', status: 500 }, '/aspects');
  const { report } = await emit(gms.url, { rest: { ...fast, maxRetries: 0 } });
  expect(report.partial).toBe(true);
  expect(report.topics.every((t) => t.status === 'failed' && /500/.test(t.reason ?? ''))).toBe(true);
});

test('fails a topic with the reason, keeps the others', async () => {
  const gms = await start();
  const dir = await writeCatalog([
    ...sampleTopics.slice(0, 2),
    { cluster: 'main', topic: 'bad-owners', value: 'primitive-string', topicFile: { owners: [{ owner: 'x', type: 'BOSS' }] } },
  ]);
  const report = await runEmit({ dir, gms: gms.url, rest: fast }, capturingLogger());
  expect(report.partial).toBe(true);
  const bad = report.topics.find((t) => t.topic === 'bad-owners')!;
  expect(bad.status).toBe('failed');
  expect(bad.reason).toMatch(/owner type "BOSS"/);
  expect(report.topics.filter((t) => t.status === 'sent')).toHaveLength(2);
});

test('soft-deletes deleted topics', async () => {
  const gms = await start({ seed: [{ urn: datasetUrn('old-topic', 'PROD') }] });
  const { report } = await emit(gms.url, { deletedTopics: ['main/old-topic'] });
  const removed = report.topics.find((t) => t.topic === 'old-topic')!;
  expect(removed.status).toBe('removed');
  expect(gms.aspects.get(datasetUrn('old-topic', 'PROD'))!.get('status')).toEqual({ removed: true });
  expect(report.drift?.missingInRepository).toEqual([]);
});

test('reports drift both ways, across GraphQL pages', async () => {
  const gms = await start({
    pageSize: 2,
    seed: [
      { urn: datasetUrn('only-in-datahub', 'PROD') },
      { urn: datasetUrn('also-only-in-datahub', 'PROD') },
      { urn: datasetUrn('soft-deleted', 'PROD'), removed: true },
      { urn: datasetUrn('other-env', 'DEV') },
      { urn: 'urn:li:dataset:(urn:li:dataPlatform:hive,db.t,PROD)' },
    ],
  });
  const { report } = await emit(gms.url);
  expect(report.drift).toEqual({ missingInDataHub: [], missingInRepository: ['also-only-in-datahub', 'only-in-datahub'] });
  const graphql = gms.requests.filter((r) => r.path === '/api/graphql');
  expect(graphql.length).toBeGreaterThanOrEqual(4);
});

test.each([
  ['frontend-html', /frontend/],
  ['other-json', /not DataHub GMS/],
] as const)('refuses a URL that is not GMS (%s)', async (configMode, message) => {
  const gms = await start({ configMode });
  const error = await emit(gms.url).catch((e: Error) => e);
  expect(error).toBeInstanceOf(NotDataHubError);
  expect((error as Error).message).toMatch(message);
  expect(gms.ingestRequests()).toHaveLength(0);
});

test('a refused token is a clear error that does not repeat the token', async () => {
  const gms = await start({ requireToken: 'the-right-one' });
  const logger = capturingLogger();
  const error = await emit(gms.url, {}, logger).catch((e: Error) => e);
  expect((error as Error).message).toMatch(/refused the token/);
  expect((error as Error).message).not.toContain(TOKEN);
  expect(logger.lines.join('\n')).not.toContain(TOKEN);
});

test('--out writes DataHub MCP file format instead of sending', async () => {
  const dir = await writeCatalog(sampleTopics);
  const out = join(dir, 'out', 'mcps.json');
  const report = await runEmit({ dir, out, deletedTopics: ['gone'], now: () => 1_700_000_000_000 }, capturingLogger());
  expect(report.mode).toBe('file');
  expect(report.topics.filter((t) => t.status === 'written')).toHaveLength(6);
  expect(report.topics.find((t) => t.topic === 'gone')!.status).toBe('removed');
  const text = await readFile(out, 'utf8');
  const records = JSON.parse(text) as Array<{ entityUrn: string; aspectName: string; aspect: { json: unknown } }>;
  expect(records).toHaveLength(report.proposals);
  expect(records[0]).toMatchObject({ entityType: 'dataset', changeType: 'UPSERT', aspectName: 'status', aspect: { json: { removed: false } } });
  expect(text.startsWith('[\n{\n    "entityType"')).toBe(true);
});

test('emit without --gms or --out is a usage error', async () => {
  const dir = await writeCatalog(sampleTopics);
  await expect(runEmit({ dir }, capturingLogger())).rejects.toThrow(/--gms/);
});
