import type { GitHubClient } from '../../../src/github/client';
import { lastChangesOfPush } from '../../../src/github/last-changes';
import { silentLogger, type Logger } from '../../../src/util/log';

/** Which pull request last changed each topic of a push (the links emit sends to DataHub). */

type Pull = { number: number; html_url: string; title: string; merged_at: string | null; base: { ref: string } };

function client(pulls: Record<string, Pull[] | Error>, calls: string[] = []): GitHubClient {
  const listPullRequestsAssociatedWithCommit = ({ commit_sha }: { commit_sha: string }) => {
    calls.push(commit_sha);
    const answer = pulls[commit_sha] ?? [];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ data: answer });
  };
  return { rest: { repos: { listPullRequestsAssociatedWithCommit } } } as unknown as GitHubClient;
}

const pull = (number: number, base: string, mergedAt: string | null): Pull => ({
  number,
  html_url: `https://gh/pull/${number}`,
  title: `PR ${number}`,
  merged_at: mergedAt,
  base: { ref: base },
});
const repo = { owner: 'o', repo: 'r' };

test("each topic's last commit in the push decides; the pull request merged into the pushed branch, most recent first", async () => {
  const calls: string[] = [];
  const github = client(
    {
      a1: [pull(1, 'main', '2026-01-01T00:00:00Z')],
      a2: [pull(2, 'release', '2026-01-03T00:00:00Z'), pull(3, 'main', '2026-01-02T00:00:00Z'), pull(4, 'main', '2026-01-04T00:00:00Z'), pull(5, 'main', null)],
    },
    calls,
  );
  const push = {
    after: 'head',
    branch: 'main',
    headTimestamp: '2026-01-05T00:00:00Z',
    commits: [
      { id: 'a1', timestamp: '2026-01-01T00:00:00Z', modified: ['schemas/prod/orders/value.avsc', 'schemas/prod/payments/topic.json'] },
      { id: 'a2', timestamp: '2026-01-02T00:00:00Z', added: ['schemas/prod/orders/key.avsc'] },
      { id: 'a3', timestamp: '2026-01-03T00:00:00Z', removed: ['schemas/prod/ordersX/value.avsc'] },
    ],
  };
  const changes = await lastChangesOfPush(github, repo, push, 'schemas', ['prod/orders', 'prod/payments', 'prod/unlisted'], silentLogger);
  expect(Object.fromEntries(changes)).toEqual({
    'prod/orders': { pullRequest: { url: 'https://gh/pull/4', number: 4, title: 'PR 4' }, time: Date.parse('2026-01-02T00:00:00Z') },
    'prod/payments': { pullRequest: { url: 'https://gh/pull/1', number: 1, title: 'PR 1' }, time: Date.parse('2026-01-01T00:00:00Z') },
    // no listed commit touched it: the pushed head, which no pull request has (a direct push)
    'prod/unlisted': { pullRequest: null, time: Date.parse('2026-01-05T00:00:00Z') },
  });
  expect(calls).toEqual(['a2', 'a1', 'head']);
});

test("a cluster.json change is the last change of the cluster's topics", async () => {
  const push = { after: 'head', branch: 'main', commits: [{ id: 'c1', modified: ['prod/cluster.json'] }] };
  const changes = await lastChangesOfPush(client({ c1: [pull(9, 'main', '2026-01-01T00:00:00Z')] }), repo, push, '.', ['prod/orders'], silentLogger);
  expect(changes.get('prod/orders')).toEqual({ pullRequest: { url: 'https://gh/pull/9', number: 9, title: 'PR 9' }, time: 0 });
});

test('a failed lookup leaves the topic out (unknown: DataHub keeps its links), with one warning', async () => {
  const warnings: string[] = [];
  const logger: Logger = { ...silentLogger, warn: (message) => warnings.push(message) };
  const push = { after: 'head', branch: 'main', commits: [] };
  const changes = await lastChangesOfPush(
    client({ head: new Error('Resource not accessible by integration') }),
    repo,
    push,
    'schemas',
    ['prod/a', 'prod/b'],
    logger,
  );
  expect(changes.size).toBe(0);
  expect(warnings).toEqual([
    'could not look up the pull request of prod/a (head: Resource not accessible by integration), prod/b (head: Resource not accessible by integration): their links in DataHub are left as they are',
  ]);
});
