import { topicsFromChangedPaths } from '../../../src/catalog/changed-topics';

describe('topicsFromChangedPaths', () => {
  const stillThere = new Set(['prod/orders', 'prod/payments']);
  const exists = (cluster: string, topic: string) => stillThere.has(`${cluster}/${topic}`);

  it('maps schema file paths to changed and deleted topics', async () => {
    const paths = [
      'kafka-schemas/prod/orders/value.avsc',
      'kafka-schemas/prod/orders/topic.json',
      'kafka-schemas/prod/payments/key.avsc',
      'kafka-schemas/prod/legacy/value.avsc',
      'kafka-schemas/prod/legacy/topic.json',
      'kafka-schemas/README.md',
      'kafka-schemas/prod/orders/notes.txt',
      'src/index.ts',
    ];
    expect(await topicsFromChangedPaths(paths, 'kafka-schemas/', exists)).toEqual({
      changed: ['prod/orders', 'prod/payments'],
      deleted: ['prod/legacy'],
      clusters: [],
    });
  });

  it('names the clusters whose cluster.json changed (each of their topics gets a new identity)', async () => {
    const paths = ['kafka-schemas/staging/cluster.json', 'kafka-schemas/prod/orders/cluster.json', 'kafka-schemas/cluster.json'];
    expect(await topicsFromChangedPaths(paths, 'kafka-schemas', exists)).toEqual({ changed: [], deleted: [], clusters: ['staging'] });
  });

  it('ignores folders that are not topic names', async () => {
    expect(await topicsFromChangedPaths(['kafka-schemas/prod/bad name/value.avsc'], 'kafka-schemas', exists)).toEqual({
      changed: [],
      deleted: [],
      clusters: [],
    });
  });
});
