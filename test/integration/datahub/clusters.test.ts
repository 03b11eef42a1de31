import { expect } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runEmit, type EmitOptions } from '../../../src/datahub/emit-run';
import { datasetUrn } from '../../../src/datahub/urn';
import type { Logger } from '../../../src/util/log';
import { GmsStandIn } from '../../support/gms-standin';
import { writeCatalog, type FixtureTopic } from '../../datahub/fixtures';

/**
 * Several clusters in one repository: each cluster's DataHub identity is its cluster.json, so one
 * emit of every cluster is right; a dataset URN two folders share is refused, naming both.
 */

function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

const topics: FixtureTopic[] = [
  { cluster: 'prod', topic: 'orders', value: 'primitive-string' },
  { cluster: 'prod', topic: 'payments', value: 'primitive-string' },
  { cluster: 'staging', topic: 'orders', value: 'primitive-string' },
];

async function catalog(clusterFiles: Record<string, unknown> = {}, extra: FixtureTopic[] = []): Promise<string> {
  const dir = await writeCatalog([...topics, ...extra]);
  for (const [cluster, content] of Object.entries(clusterFiles)) {
    await mkdir(join(dir, cluster), { recursive: true });
    await writeFile(join(dir, cluster, 'cluster.json'), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

async function emitToFile(dir: string, options: Partial<EmitOptions> = {}, logger = capturingLogger()) {
  const out = join(dir, 'out.json');
  const report = await runEmit({ dir, out, ...options }, logger);
  const written = JSON.parse(await readFile(out, 'utf8')) as Array<{ entityUrn: string; aspectName: string; aspect: { json: Record<string, unknown> } }>;
  return { report, written, logger, urns: [...new Set(written.map((mcp) => mcp.entityUrn))].sort() };
}

const outcome = (report: Awaited<ReturnType<typeof runEmit>>) =>
  Object.fromEntries(report.topics.map((t) => [`${t.cluster}/${t.topic}`, t.status === 'failed' ? `failed: ${t.reason}` : t.status]));

test('two folders with one dataset URN: both fail naming each other, nothing is sent for them, the rest is', async () => {
  const { report, urns } = await emitToFile(await catalog());
  expect(report.partial).toBe(true);
  const orders = datasetUrn('orders', 'PROD');
  expect(outcome(report)).toEqual({
    'prod/orders': `failed: the same DataHub dataset ${orders} as staging/orders: nothing sent; give each cluster its own platform instance in its cluster.json`,
    'prod/payments': 'written',
    'staging/orders': `failed: the same DataHub dataset ${orders} as prod/orders: nothing sent; give each cluster its own platform instance in its cluster.json`,
  });
  expect(urns).toEqual([datasetUrn('payments', 'PROD')]);
});

test('the same over GMS: nothing for either folder reaches DataHub', async () => {
  const gms = await new GmsStandIn().start();
  try {
    const report = await runEmit({ dir: await catalog(), gms: gms.url, rest: { maxRetries: 0 } }, capturingLogger());
    expect(report.topics.filter((t) => t.status === 'failed').map((t) => `${t.cluster}/${t.topic}`)).toEqual(['prod/orders', 'staging/orders']);
    expect([...gms.aspects.keys()]).toEqual([datasetUrn('payments', 'PROD')]);
  } finally {
    await gms.stop();
  }
});

test('one emit of a topic changed in one cluster still refuses the URN the other cluster has', async () => {
  const { report } = await emitToFile(await catalog(), { topics: ['prod/orders'] });
  expect(outcome(report)).toEqual({ 'prod/orders': expect.stringContaining('as staging/orders') });
});

test("each cluster's cluster.json gives its datasets their identity: one emit of every cluster is right", async () => {
  const dir = await catalog({ prod: { datahub: { platformInstance: 'prod-eu' } }, staging: { datahub: { platformInstance: 'staging-eu', env: 'DEV' } } });
  const { report, urns, written } = await emitToFile(dir);
  expect(report.partial).toBe(false);
  expect(urns).toEqual([datasetUrn('orders', 'PROD', 'prod-eu'), datasetUrn('payments', 'PROD', 'prod-eu'), datasetUrn('orders', 'DEV', 'staging-eu')].sort());
  const instance = written.find((mcp) => mcp.entityUrn === datasetUrn('orders', 'DEV', 'staging-eu') && mcp.aspectName === 'dataPlatformInstance');
  expect(instance!.aspect.json).toEqual({
    platform: 'urn:li:dataPlatform:kafka',
    instance: 'urn:li:dataPlatformInstance:(urn:li:dataPlatform:kafka,staging-eu)',
  });
});

test('a field cluster.json leaves out comes from the flags; null means no instance whatever the flag; a flag the file overrides is a warning', async () => {
  const dir = await catalog({ prod: { datahub: { platformInstance: null } } }, [{ cluster: 'dev', topic: 'orders', value: 'primitive-string' }]);
  await writeFile(join(dir, 'staging', 'cluster.json'), '{"datahub": {"env": "DEV"}}\n');
  const { report, urns, logger } = await emitToFile(dir, { platformInstance: 'shared', env: 'QA' });
  expect(report.partial).toBe(false);
  // dev: no cluster.json (flags); prod: no instance, the flag's env; staging: its env, the flag's instance
  expect(urns).toEqual(
    [datasetUrn('orders', 'QA', 'shared'), datasetUrn('orders', 'QA'), datasetUrn('payments', 'QA'), datasetUrn('orders', 'DEV', 'shared')].sort(),
  );
  expect(logger.lines.filter((line) => line.includes('cluster.json'))).toEqual([
    expect.stringMatching(/prod: cluster\.json sets no platform instance; the platform instance shared given to emit is not used for this cluster$/),
    expect.stringMatching(/staging: cluster\.json sets env DEV; the env QA given to emit is not used for this cluster$/),
  ]);
});

test.each([
  ['not JSON', '{"datahub": ', /cluster\.json: not valid JSON/],
  ['a bad instance', { datahub: { platformInstance: 'a,b' } }, /cluster\.json: "datahub\.platformInstance" "a,b" must be null or a name/],
  ['a bad env', { datahub: { env: 'pro d' } }, /cluster\.json: "datahub\.env" "pro d" must be a DataHub environment/],
])("a malformed cluster.json (%s) fails that cluster's topics, naming the file; the others go", async (_label, content, reason) => {
  const { report } = await emitToFile(await catalog({ staging: content, prod: { datahub: { platformInstance: 'prod-eu' } } }));
  expect(report.topics.find((t) => t.cluster === 'staging')).toMatchObject({ status: 'failed', reason: expect.stringMatching(reason) });
  expect(report.topics.filter((t) => t.cluster === 'prod').map((t) => t.status)).toEqual(['written', 'written']);
});

test('a deleted folder whose URN a committed folder has is not soft-deleted', async () => {
  const dir = await catalog({ staging: { datahub: { platformInstance: 'staging-eu' } } });
  const { report, urns } = await emitToFile(dir, { topics: ['prod/payments'], deletedTopics: ['old/orders'] });
  expect(outcome(report)).toEqual({
    'prod/payments': 'written',
    'old/orders': `failed: the same DataHub dataset ${datasetUrn('orders', 'PROD')} as prod/orders: nothing sent; give each cluster its own platform instance in its cluster.json`,
  });
  expect(urns).toEqual([datasetUrn('payments', 'PROD')]);
});
