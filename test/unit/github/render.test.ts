import { renderJobSummary } from '../../../src/github/job-summary';
import { clip, fitLines } from '../../../src/github/markdown';
import { renderPullRequestBody } from '../../../src/github/pull-request-body';
import { branchIsUpToDate, planSchemaChanges } from '../../../src/github/schema-plan';
import { gitBlobSha } from '../../../src/github/git-tree';
import { describeTopic, topicVersion, type TopicDetails } from '../../../src/github/topic-details';
import { renderTopicsIssueBody } from '../../../src/github/topics-issue';

const repository = { owner: 'acme', repo: 'schemas', serverUrl: 'https://github.com' };
const LIMIT = 65_536;

function record(fields: string[]): string {
  return `${JSON.stringify({ type: 'record', name: 'Value', fields: fields.map((name) => ({ name, type: 'string' })) }, null, 2)}\n`;
}

function newTopic(topic: string, fields: string[]): TopicDetails {
  return describeTopic(
    { topic, kind: 'new', files: [{ name: 'value.avsc', change: 'added' }] },
    undefined,
    topicVersion({ 'value.avsc': record(fields), 'topic.json': '{"partitions":3,"keyFormat":"string","valueFormat":"json"}' }),
  );
}

const bodyInput = (topics: TopicDetails[]) => ({
  repository,
  cluster: 'prod',
  clusterFolder: 'kafka-schemas/prod',
  branch: 'kafka-schema-scout/prod',
  baseBranch: 'main',
  topics,
  failedTopics: [],
  keptVanished: [],
});

/** Markdown/HTML that must never appear unescaped from a name. */
const HOSTILE = ['<!--', '<script', '`', '|', '*', '[link]', '_x_'];

describe('escaping', () => {
  const nasty = 'a|b`c<!--d<script>*e*_f_[link](http://x)';

  it('escapes field paths in the PR body and keeps the table intact', () => {
    const changed = describeTopic(
      { topic: 'orders', kind: 'changed', files: [{ name: 'value.avsc', change: 'modified' }] },
      topicVersion({ 'value.avsc': `${JSON.stringify({ type: 'record', name: 'Value', fields: [{ name: 'x', type: 'string', doc: 'plain' }] })}\n` }),
      topicVersion({ 'value.avsc': `${JSON.stringify({ type: 'record', name: 'Value', fields: [{ name: 'x', type: 'string', doc: nasty }] })}\n` }),
    );
    const body = renderPullRequestBody(bodyInput([changed]));
    expect(body).toContain('<!-- kafka-schema-scout:pull-request cluster=prod -->');
    expect(body.split('<!--')).toHaveLength(2); // only our marker
    expect(body).not.toContain('<script');
    expect(body).not.toContain('[link]');
    expect(body).toMatch(/value\.x/);
    const rows = body.split('\n').filter((line) => line.startsWith('| <code>value'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('doc-changed');
    for (const line of rows) {
      expect(line.split(' | ')).toHaveLength(5); // path | change | before | after | breaks
    }
  });

  it('escapes topic names in the issue, the PR body and the summary', () => {
    const topic = newTopic('orders_v1', ['a']);
    const issue = renderTopicsIssueBody(
      { cluster: 'prod', clusterFolder: 'kafka-schemas/prod', baseBranch: 'main', newTopics: [topic], vanishedTopics: ['old_one'], vanishedKept: false },
      repository,
    );
    expect(issue).toContain('orders&#95;v1');
    expect(issue).toContain(
      '- [ ] <code>orders&#95;v1</code> (3 partition(s), key string, value json, 1 value field(s)): set its <code>owners</code> and <code>description</code> in its [topic.json](https://github.com/acme/schemas/blob/main/kafka-schemas/prod/orders_v1/topic.json)',
    );
    expect(issue.replace(/\]\([^)]*\)/g, '')).not.toMatch(/orders_v1|old_one/);
    const summary = renderJobSummary({
      report: {
        cluster: 'prod',
        dir: 'kafka-schemas',
        topics: [{ topic: 'a_b', status: 'failed', records: 0, changedFiles: [], warnings: [], error: 'value "secret" undecodable' }],
        vanished: [],
        partial: true,
      },
    });
    expect(summary).toContain('a&#95;b');
    expect(summary).not.toContain('secret');
    for (const text of [issue, summary])
      for (const bad of HOSTILE.slice(0, 2)) expect(text.replace(/^<!-- kafka-schema-scout:[^>]*-->/, '')).not.toContain(bad);
  });
});

describe('truncation within 65,536 characters', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    newTopic(
      `topic-${String(i).padStart(4, '0')}`,
      Array.from({ length: 5 }, (_, f) => `field_${f}`),
    ),
  );

  it('PR body: stays under the cap with a note', () => {
    const body = renderPullRequestBody(bodyInput(many));
    expect(body.length).toBeLessThan(LIMIT);
    expect(body).toMatch(/Truncated to fit|not shown/);
    expect(body.startsWith('<!-- kafka-schema-scout:pull-request cluster=prod -->')).toBe(true);
    expect(body).toContain('</sub>'); // the footer survives
  });

  it('issue body: stays under the cap with a note and keeps the marker', () => {
    const body = renderTopicsIssueBody(
      {
        cluster: 'prod',
        clusterFolder: 'kafka-schemas/prod',
        baseBranch: 'main',
        newTopics: many,
        vanishedTopics: Array.from({ length: 3000 }, (_, i) => `gone-${i}`),
        vanishedKept: true,
      },
      repository,
    );
    expect(body.length).toBeLessThan(LIMIT);
    expect(body).toMatch(/more new topic\(s\) not shown/);
    expect(body).toMatch(/more vanished topic\(s\) not shown/);
    expect(body).toContain('<!-- kafka-schema-scout:topics-issue cluster=prod -->');
  });

  it('fitLines and clip', () => {
    expect(fitLines(['a\n', 'b\n'], 100, 'things')).toBe('a\nb\n');
    const cut = fitLines(
      Array.from({ length: 100 }, () => 'x'.repeat(20) + '\n'),
      300,
      'things',
    );
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/\d+ more things not shown/);
    expect(clip('y'.repeat(1000), 100)).toHaveLength(100);
  });
});

describe('planning against the base tree', () => {
  const base = new Map([
    ['orders/value.avsc', gitBlobSha(record(['id']))],
    ['orders/topic.json', gitBlobSha('{}\n')],
    ['gone/topic.json', gitBlobSha('{}\n')],
  ]);
  const local = new Map([
    ['orders/value.avsc', record(['id', 'total'])],
    ['orders/topic.json', '{}\n'],
    ['fresh/topic.json', '{"partitions":1}\n'],
  ]);

  it('adds, modifies and deletes only what differs', () => {
    const plan = planSchemaChanges({ local, base, vanished: ['gone'], deleteVanished: true });
    expect(plan.changes.map((change) => [change.path, change.content === null ? 'delete' : 'write'])).toEqual([
      ['fresh/topic.json', 'write'],
      ['orders/value.avsc', 'write'],
      ['gone/topic.json', 'delete'],
    ]);
    expect(plan.topics.map((topic) => [topic.topic, topic.kind])).toEqual([
      ['fresh', 'new'],
      ['gone', 'removed'],
      ['orders', 'changed'],
    ]);
    expect([...plan.desiredFiles.keys()].sort()).toEqual(['fresh/topic.json', 'orders/topic.json', 'orders/value.avsc']);
  });

  it("the cluster's own cluster.json is planned as a file of the cluster, not as a topic", () => {
    const withIdentity = new Map([...local, ['cluster.json', '{"datahub": {"platformInstance": "eu"}}\n']]);
    const plan = planSchemaChanges({ local: withIdentity, base, vanished: ['gone'], deleteVanished: true });
    expect(plan.clusterFiles).toEqual([{ name: 'cluster.json', change: 'added' }]);
    expect(plan.changes.map((change) => change.path)).toContain('cluster.json');
    expect(plan.topics.map((topic) => topic.topic)).toEqual(['fresh', 'gone', 'orders']);
    // committed before: kept, never taken for a vanished topic
    const committed = new Map([...base, ['cluster.json', gitBlobSha('{}\n')]]);
    const again = planSchemaChanges({ local: new Map([...local, ['cluster.json', '{}\n']]), base: committed, vanished: ['gone'], deleteVanished: true });
    expect(again.clusterFiles).toEqual([]);
    expect(again.desiredFiles.get('cluster.json')).toBe(gitBlobSha('{}\n'));
  });

  it('a partial scan deletes nothing; identical files plan nothing', () => {
    expect(planSchemaChanges({ local, base, vanished: ['gone'], deleteVanished: false }).changes.some((change) => change.content === null)).toBe(false);
    const same = new Map([['orders/topic.json', '{}\n']]);
    expect(planSchemaChanges({ local: same, base, vanished: [], deleteVanished: true }).changes).toEqual([]);
  });

  it('the branch is up to date only on top of the current base with the same files', () => {
    const plan = planSchemaChanges({ local, base, vanished: ['gone'], deleteVanished: true });
    const baseSnapshot = {
      commitSha: 'b1',
      treeSha: 't',
      parents: [],
      siblings: [[{ name: 'README.md', mode: '100644', type: 'blob', sha: 'r' }]],
      files: base,
      sizes: new Map(),
      irregular: new Map(),
    };
    const branch = { ...baseSnapshot, commitSha: 'h', parents: ['b1'], files: new Map(plan.desiredFiles) };
    expect(branchIsUpToDate(branch, baseSnapshot, plan.desiredFiles)).toBe(true);
    expect(branchIsUpToDate({ ...branch, parents: ['older'] }, baseSnapshot, plan.desiredFiles)).toBe(false);
    expect(branchIsUpToDate({ ...branch, siblings: [[]] }, baseSnapshot, plan.desiredFiles)).toBe(false);
    const drifted = new Map(plan.desiredFiles);
    drifted.set('orders/value.avsc', 'other');
    expect(branchIsUpToDate({ ...branch, files: drifted }, baseSnapshot, plan.desiredFiles)).toBe(false);
  });
});
