import { expect } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogFileError, readCommittedTopic } from '../../../src/catalog/read';
import { runEmit } from '../../../src/datahub/emit-run';
import { silentLogger } from '../../../src/util/log';
import { writeCatalog } from '../../datahub/fixtures';

/**
 * emit reads committed schemas as DataHub's Kafka source does (Python avro, validate_names=False),
 * while the scan and the review keep avsc's strict checks.
 */

async function emitted(value: string): Promise<{ status: string; reason?: string; fields: string[] }> {
  const dir = await writeCatalog([{ cluster: 'c', topic: 't', value }]);
  const out = join(dir, 'out.json');
  const report = await runEmit({ dir, out }, silentLogger);
  const [topic] = report.topics;
  const written = JSON.parse(await readFile(out, 'utf8')) as Array<{ aspectName: string; aspect: { json: { fields?: Array<{ fieldPath: string }> } } }>;
  const schema = written.find((mcp) => mcp.aspectName === 'schemaMetadata');
  return { status: topic!.status, ...(topic!.reason ? { reason: topic!.reason } : {}), fields: (schema?.aspect.json.fields ?? []).map((f) => f.fieldPath) };
}

test.each([
  ['a field name that is not an Avro name', 'hyphen-names', '[version=2.0].[type=H].[type=string].bad-name'],
  ['a long default beyond 2^53', 'defaults-docs', '[version=2.0].[type=DD].[type=long].big'],
])('emit accepts %s, as DataHub does', async (_label, fixture, fieldPath) => {
  const result = await emitted(fixture);
  expect(result.status).toBe('written');
  expect(result.fields).toContain(fieldPath);
});

test.each(['hyphen-names', 'defaults-docs'])('the scan and the review still read %s strictly (avsc)', async (fixture) => {
  const dir = await writeCatalog([{ cluster: 'c', topic: 't', value: fixture }]);
  await expect(readCommittedTopic(dir, 'c', 't')).rejects.toThrow(CatalogFileError);
});

test('a schema DataHub cannot parse either still fails the topic in emit, naming the file and the reason', async () => {
  const dir = await writeCatalog([{ cluster: 'c', topic: 't' }]);
  await writeFile(join(dir, 'c', 't', 'value.avsc'), JSON.stringify({ type: 'enum', name: 'E', symbols: ['a-b'] }));
  const report = await runEmit({ dir, out: join(dir, 'out.json') }, silentLogger);
  expect(report.topics[0]).toMatchObject({
    status: 'failed',
    reason: expect.stringMatching(/value\.avsc: not a valid Avro schema \(An enum symbol must be a valid schema name\.\)/),
  });
});
