import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClusterIdentity, recordClusterIdentity } from '../../../src/catalog/cluster-file';
import { compareWithDataHub } from '../../../src/datahub/list-datasets';
import { datasetUrn } from '../../../src/datahub/urn';

/** The scan records a cluster's DataHub identity in cluster.json once; after that the file is the users'. */

const tempDir = () => mkdtemp(join(tmpdir(), 'scout-cluster-'));

test('first use with a platform instance or env writes cluster.json', async () => {
  const dir = await tempDir();
  expect(await recordClusterIdentity(dir, 'prod', { platformInstance: 'prod-eu', env: 'PROD' })).toEqual({ written: true, warnings: [] });
  expect(await readFile(join(dir, 'prod', 'cluster.json'), 'utf8')).toBe('{\n  "datahub": {\n    "platformInstance": "prod-eu",\n    "env": "PROD"\n  }\n}\n');
});

test('nothing given: no file (emit then uses its flags, as before)', async () => {
  const dir = await tempDir();
  expect(await recordClusterIdentity(dir, 'prod', {})).toEqual({ written: false, warnings: [] });
  await expect(readFile(join(dir, 'prod', 'cluster.json'), 'utf8')).rejects.toThrow(/ENOENT/);
});

test('an existing cluster.json is never rewritten; a scan input it disagrees with is a warning', async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'prod'), { recursive: true });
  const text = '{"owner": "kept", "datahub": {"platformInstance": "hand-edited"}}\n';
  await writeFile(join(dir, 'prod', 'cluster.json'), text);
  expect(await recordClusterIdentity(dir, 'prod', { platformInstance: 'prod-eu', env: 'DEV' })).toEqual({
    written: false,
    warnings: [
      'cluster.json records env (none: PROD), not DEV: edit cluster.json to change it',
      'cluster.json records platform instance hand-edited, not prod-eu: edit cluster.json to change it',
    ],
  });
  expect(await readFile(join(dir, 'prod', 'cluster.json'), 'utf8')).toBe(text);
  expect(await recordClusterIdentity(dir, 'prod', { platformInstance: 'hand-edited' })).toEqual({ written: false, warnings: [] });
});

test('drift is compared within the envs and platform instances the emitted clusters use', () => {
  const committed = [datasetUrn('orders', 'PROD', 'prod-eu'), datasetUrn('orders', 'DEV', 'staging-eu')];
  const inDataHub = [
    datasetUrn('orders', 'PROD', 'prod-eu'),
    datasetUrn('stale', 'PROD', 'prod-eu'),
    datasetUrn('other', 'PROD', 'someone-else'),
    datasetUrn('other', 'QA'),
  ];
  expect(
    compareWithDataHub(committed, inDataHub, [
      { env: 'PROD', platformInstance: 'prod-eu' },
      { env: 'DEV', platformInstance: 'staging-eu' },
    ]),
  ).toEqual({
    missingInDataHub: ['staging-eu.orders'],
    missingInRepository: ['prod-eu.stale'],
  });
});

test('a topic named cluster.json (a valid Kafka name) keeps its folder: no identity is read or recorded there', async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'prod', 'cluster.json'), { recursive: true });
  await writeFile(join(dir, 'prod', 'cluster.json', 'value.avsc'), '"string"\n');
  expect(await readClusterIdentity(dir, 'prod')).toEqual({});
  const recorded = await recordClusterIdentity(dir, 'prod', { platformInstance: 'eu' });
  expect(recorded.written).toBe(false);
  expect(recorded.warnings[0]).toMatch(/a topic named cluster\.json has the folder of that name/);
});
