import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client';
import { pullRequestMarker } from '../../../src/github/pull-request-body';
import { REVIEW_MARKER } from '../../../src/github/review-markdown';
import { runReviewAction } from '../../../src/action/review-action';
import { runActionStep } from '../../support/action-run';
import { publishScan } from '../../../src/github/publish-scan';
import { topicsIssueMarker } from '../../../src/github/topics-issue';
import type { ScanReport } from '../../../src/scan/run-scan';
import { silentLogger } from '../../../src/util/log';
import { GitHubStandin } from '../../support/github-standin';

/**
 * Markdown and HTML from committed files (docs, enum symbols, defaults, topic.json description and
 * owners) end to end: every body the review and the scan send to GitHub, and the job summaries,
 * show it as text — no comment, HTML, mention, link or extra table cell gets through.
 */
const HOSTILE = '| a | b `code` <!-- hidden --> <img src=x onerror=1> @octocat [link](javascript:x) **bold** <script>x</script> |\nnext line ü 漢';
const hostile = (label: string) => `${label} ${HOSTILE}`;
const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const value = (version: 1 | 2) =>
  text({
    type: 'record',
    name: 'Order',
    namespace: 'com.acme',
    doc: hostile(`record doc v${version}`),
    fields: [
      { name: 'id', type: 'long', doc: hostile(`id doc v${version}`) },
      {
        name: 'status',
        type: {
          type: 'enum',
          name: 'Status',
          doc: hostile(`enum doc v${version}`),
          // valid Avro names that are Markdown emphasis
          symbols: version === 1 ? ['__init__', '_x_', 'OK'] : ['__init__', 'OK', '__bold__', '___'],
          default: 'OK',
        },
        default: 'OK',
      },
      { name: 'note', type: 'string', default: hostile(`default v${version}`), doc: hostile(`note doc v${version}`) },
      ...(version === 2 ? [{ name: 'extra', type: ['null', 'string'], default: null, doc: hostile('new field') }] : []),
    ],
  });

const topicJson = (version: 1 | 2) =>
  text({
    partitions: 3,
    replicationFactor: 1,
    valueFormat: 'json',
    description: hostile(`description v${version}`),
    owners: [hostile(`owner v${version}`), '@acme/data-platform'],
    tags: ['<!--', '|'],
  });

const MARKERS = [REVIEW_MARKER, pullRequestMarker('prod'), topicsIssueMarker('prod')];

/** Asserts Markdown is inert: only our markers as comments, no HTML from data, no mention or script link, tables intact. */
function expectInert(body: string, where: string): void {
  expect({ where, length: body.length <= 65_536 }).toEqual({ where, length: true });
  let rest = body;
  for (const marker of MARKERS) rest = rest.split(marker).join('');
  const problems: string[] = [];
  if (rest.includes('<!--')) problems.push('raw <!--');
  if (rest.includes('-->')) problems.push('raw -->');
  if (/<img/i.test(rest)) problems.push('raw <img');
  if (/<script/i.test(rest)) problems.push('raw <script');
  if (/(^|[^\w`])@[A-Za-z0-9]/m.test(rest)) problems.push('active @mention');
  if (/\]\(javascript:/i.test(rest)) problems.push('javascript link');
  if (rest.includes('**bold**')) problems.push('raw **bold**');
  // Every row of a table has the header's cell count.
  const lines = rest.split('\n');
  let columns = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const pipes = line.split('|').length - 1;
    if (columns === 0 && /^\|( --- \|)+$/.test(lines[index + 1] ?? '')) columns = pipes;
    else if (pipes !== columns) problems.push(`table row with ${pipes} pipes, header has ${columns}: ${line.slice(0, 200)}`);
  }
  expect({ where, problems }).toEqual({ where, problems: [] });
}

describe('hostile Markdown and HTML in committed files', () => {
  let standin: GitHubStandin;
  let client: GitHubClient;
  let work: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    standin = await GitHubStandin.start({
      owner: 'acme',
      repo: 'schemas',
      files: {
        'README.md': '# schemas\n',
        'kafka-schemas/prod/orders/value.avsc': value(1),
        'kafka-schemas/prod/orders/topic.json': topicJson(1),
        'kafka-schemas/prod/gone/value.avsc': value(1),
        'kafka-schemas/prod/gone/topic.json': topicJson(1),
      },
    });
    client = createGitHubClient({ token: 'ghs_test', baseUrl: standin.url, throttle: false }, silentLogger);
    work = await mkdtemp(join(tmpdir(), 'scout-escaping-'));
  });

  afterAll(async () => {
    process.env = saved;
    await standin?.close();
    await rm(work, { recursive: true, force: true });
  });

  afterEach(() => {
    process.exitCode = undefined;
    jest.restoreAllMocks();
  });

  /** Every body a request sent (issue, pull request, comment). */
  const sentBodies = () =>
    standin
      .writeRequests()
      .map((request) => request.body)
      .flatMap((body) => (body !== null && typeof body === 'object' && !Array.isArray(body) && typeof body.body === 'string' ? [body.body] : []));

  it('the review comment and job summary show the hostile text escaped', async () => {
    const branch = 'hostile-change';
    const baseSha = standin.refSha('main')!;
    await client.rest.git.createRef({ owner: 'acme', repo: 'schemas', ref: `refs/heads/${branch}`, sha: baseSha });
    const headSha = standin.commitFiles(branch, {
      'kafka-schemas/prod/orders/value.avsc': value(2),
      'kafka-schemas/prod/orders/topic.json': topicJson(2),
      'kafka-schemas/prod/fresh/value.avsc': value(2),
      'kafka-schemas/prod/fresh/topic.json': topicJson(2),
    });
    const { data: pull } = await client.rest.pulls.create({ owner: 'acme', repo: 'schemas', head: branch, base: 'main', title: 'Hostile docs' });
    standin.clearRequests();
    const step = await runActionStep(
      {
        inputs: { command: 'review', 'github-token': 'ghs_test', 'schema-dir': 'kafka-schemas', 'fail-on': 'NONE' },
        env: { GITHUB_REPOSITORY: 'acme/schemas', GITHUB_API_URL: standin.url, GITHUB_SERVER_URL: 'https://ghes.example.com', GITHUB_WORKSPACE: work },
        event: {
          name: 'pull_request',
          payload: {
            action: 'synchronize',
            number: pull.number,
            pull_request: {
              number: pull.number,
              labels: [],
              base: { ref: 'main', sha: baseSha, repo: { full_name: 'acme/schemas' } },
              head: { ref: branch, sha: headSha, repo: { full_name: 'acme/schemas' } },
            },
          },
        },
      },
      runReviewAction,
    );

    const bodies = sentBodies();
    expect(bodies).toHaveLength(1);
    const comment = bodies[0]!;
    expect(comment.startsWith(REVIEW_MARKER)).toBe(true);
    // the hostile changes are there, escaped
    expect(comment).toContain('doc-changed');
    expect(comment).toContain('symbol-added');
    expect(comment).toContain('default-changed');
    expect(comment).toContain('topic.description');
    expect(comment).toContain('&#60;img src=x onerror=1&#62;');
    expect(comment).toContain('&#64;octocat');
    expectInert(comment, 'review comment');
    const summary = step.summary;
    expect(summary).toContain('prod/orders');
    expectInert(summary, 'review job summary');
    expect(standin.requests.every((request) => request.status < 400)).toBe(true);
  });

  it('the scan pull request body, topics issue body and job summary show the hostile text escaped', async () => {
    // A checkout of main with the scan's writes: orders changed, fresh new, gone vanished.
    const workspace = await mkdtemp(join(work, 'checkout-'));
    const files: Record<string, string> = {
      ...standin.filesAt('main'),
      'kafka-schemas/prod/orders/value.avsc': value(2),
      'kafka-schemas/prod/orders/topic.json': topicJson(2),
      'kafka-schemas/prod/fresh/value.avsc': value(2),
      'kafka-schemas/prod/fresh/topic.json': topicJson(2),
    };
    delete files['kafka-schemas/prod/gone/value.avsc'];
    delete files['kafka-schemas/prod/gone/topic.json'];
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
    const dir = join(workspace, 'kafka-schemas');
    const report: ScanReport = {
      cluster: 'prod',
      dir,
      topics: [
        {
          topic: 'orders',
          status: 'changed',
          records: 10,
          valueFormat: 'json',
          changedFiles: ['prod/orders/value.avsc', 'prod/orders/topic.json'],
          warnings: [],
        },
        { topic: 'fresh', status: 'new', records: 5, valueFormat: 'json', changedFiles: ['prod/fresh/value.avsc', 'prod/fresh/topic.json'], warnings: [] },
      ],
      vanished: ['gone'],
      partial: false,
    };
    standin.clearRequests();
    const result = await publishScan(
      report,
      {
        token: 'ghs_test',
        apiUrl: standin.url,
        repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
        workspace,
        branchPrefix: 'kafka-schema-scout/',
        pullRequestLabels: [],
        pullRequestReviewers: [],
        issueLabels: [],
        createPullRequest: true,
        createIssue: true,
        throttle: false,
      },
      silentLogger,
    );
    expect(result.pullRequest.operation).toBe('created');
    expect(result.issue?.operation).toBe('created');
    // lookups of a branch or pull request that does not exist yet answer 404; nothing was rejected
    expect(standin.requests.filter((request) => request.status >= 400 && request.status !== 404)).toEqual([]);

    const bodies = sentBodies();
    const prBody = bodies.find((body) => body.startsWith(pullRequestMarker('prod')));
    const issueBody = bodies.find((body) => body.startsWith(topicsIssueMarker('prod')));
    expect(prBody).toBeDefined();
    expect(issueBody).toBeDefined();
    expect(prBody).toContain('&#60;img src=x onerror=1&#62;');
    expect(prBody).toContain('topic.owners');
    expect(issueBody).toContain('<code>fresh</code>');
    for (const [index, body] of bodies.entries()) expectInert(body, `scan body ${index}`);
    const stored = standin.pullRequests().find((pull) => pull.number === result.pullRequest.number);
    expectInert(stored?.body ?? '', 'stored pull request body');
    expectInert(result.summary, 'scan job summary');
  });
});
