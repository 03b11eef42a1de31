import type { InternalBroker, InternalCluster } from '../../../src/kafka/kafkajs-internals';
import { readTopicConfigs } from '../../../src/kafka/discover';
import { silentLogger } from '../../../src/util/log';

/**
 * Topic configs in one DescribeConfigs request per broker, on a scripted cluster: kafkajs fails
 * a whole response for one resource's error without naming it, which a real broker without ACLs
 * cannot be made to do on demand.
 */
function fakeCluster(nodeIds: string[], fails: (names: string[]) => Error | undefined) {
  const requests: Array<{ nodeId: string; names: string[] }> = [];
  const broker = (nodeId: string): InternalBroker =>
    ({
      brokerAddress: `node-${nodeId}`,
      describeConfigs({ resources }) {
        const names = resources.map(({ name }) => name);
        requests.push({ nodeId, names });
        const failure = fails(names);
        if (failure) return Promise.reject(failure);
        return Promise.resolve({
          resources: names.map((resourceName) => ({ resourceName, configEntries: [{ configName: 'cleanup.policy', configValue: 'delete' }] })),
        });
      },
    }) as InternalBroker;
  const cluster = { getNodeIds: () => nodeIds, findBroker: ({ nodeId }: { nodeId: string }) => Promise.resolve(broker(nodeId)) } as unknown as InternalCluster;
  return { cluster, requests };
}

const names = Array.from({ length: 8 }, (_, i) => `t${i}`);
const authorization = () => Object.assign(new Error('Not authorized to access topics: [Topic authorization failed]'), { type: 'TOPIC_AUTHORIZATION_FAILED' });

describe('readTopicConfigs', () => {
  it('asks each broker once for its share of the topics', async () => {
    const { cluster, requests } = fakeCluster(['1', '2'], () => undefined);
    const configs = await readTopicConfigs(cluster, names, silentLogger);
    expect(requests).toEqual([
      { nodeId: '1', names: ['t0', 't1', 't2', 't3'] },
      { nodeId: '2', names: ['t4', 't5', 't6', 't7'] },
    ]);
    expect(configs.errors.size).toBe(0);
    expect(configs.values.get('t5')).toEqual({ 'cleanup.policy': 'delete' });
  });

  it('keeps one frozen record per distinct set of configs, not one per topic', async () => {
    const { cluster } = fakeCluster(['1', '2'], () => undefined);
    const configs = await readTopicConfigs(cluster, names, silentLogger);
    const records = new Set(names.map((name) => configs.values.get(name)));
    expect(records.size).toBe(1);
    expect(Object.isFrozen(configs.values.get('t0'))).toBe(true);
  });

  it('asks again in halves when a request fails, so only the topic at fault loses its configs', async () => {
    const { cluster, requests } = fakeCluster(['1'], (asked) => (asked.includes('t6') ? authorization() : undefined));
    const configs = await readTopicConfigs(cluster, names, silentLogger);
    expect([...configs.errors.keys()]).toEqual(['t6']);
    expect(configs.errors.get('t6')).toMatch(/authoriz/);
    expect([...configs.values.keys()].sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't7']);
    expect(requests).toHaveLength(7); // 8 → 4 + 4 → 2 + 2 → 1 + 1
  });

  it('fails a whole share at once when its broker cannot be reached', async () => {
    const lost = () => Object.assign(new Error('Connection error: ECONNREFUSED'), { name: 'KafkaJSConnectionError' });
    const { cluster, requests } = fakeCluster(['1'], lost);
    const configs = await readTopicConfigs(cluster, names, silentLogger);
    expect(requests).toHaveLength(1);
    expect([...configs.errors.keys()]).toEqual(names);
    expect(configs.values.size).toBe(0);
  });
});
