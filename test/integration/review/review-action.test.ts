import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client';
import { runReviewAction } from '../../../src/action/review-action';
import { settleAction } from '../../../src/action/run-action';
import { reviewPullRequest, type ReviewOutcome } from '../../../src/github/review-pull-request';
import { REVIEW_MARKER } from '../../../src/github/review-markdown';
import { silentLogger } from '../../../src/util/log';
import { runActionStep } from '../../support/action-run';
import { GitHubStandin, type SpecialEntry } from '../../support/github-standin';
import { ORDER_BACKWARD, ORDER_FORWARD, ORDER_FULL, ORDER_V1, topicJson } from '../../unit/review/schemas';

/** `command: review` end to end: the real action code against the OpenAPI-validating GitHub stand-in. */
describe('review action against the GitHub stand-in', () => {
  const ACK = 'schema-breaking-change-approved';
  let standin: GitHubStandin;
  let client: GitHubClient;
  let work: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    standin = await GitHubStandin.start({
      owner: 'acme',
      repo: 'schemas',
      tokens: { ghs_app_token: { login: 'scout-app[bot]', type: 'Bot' } },
      files: {
        'README.md': '# schemas\n',
        'kafka-schemas/prod/orders/value.avsc': ORDER_V1,
        'kafka-schemas/prod/orders/topic.json': topicJson(),
        'kafka-schemas/prod/users/value.avsc': ORDER_V1,
      },
    });
    client = createGitHubClient({ token: 'ghs_test', baseUrl: standin.url, throttle: false }, silentLogger);
    work = await mkdtemp(join(tmpdir(), 'scout-review-'));
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

  interface Pull {
    number: number;
    branch: string;
    baseSha: string;
    headSha: string;
  }

  /** Pushes a branch with these changes on top of main and opens a pull request for it. */
  async function openPull(files: Record<string, string | SpecialEntry | null>): Promise<Pull> {
    const branch = `change-${randomBytes(3).toString('hex')}`;
    const baseSha = standin.refSha('main')!;
    await client.rest.git.createRef({ owner: 'acme', repo: 'schemas', ref: `refs/heads/${branch}`, sha: baseSha });
    const headSha = standin.commitFiles(branch, files);
    const { data } = await client.rest.pulls.create({ owner: 'acme', repo: 'schemas', head: branch, base: 'main', title: `Change ${branch}` });
    return { number: data.number, branch, baseSha, headSha };
  }

  function event(pull: Pull, headRepo = 'acme/schemas', author: { login: string; type: string } = { login: 'octocat', type: 'User' }) {
    return {
      action: 'synchronize',
      number: pull.number,
      pull_request: {
        number: pull.number,
        labels: [],
        user: author,
        base: { ref: 'main', sha: pull.baseSha, repo: { full_name: 'acme/schemas' } },
        head: { ref: pull.branch, sha: pull.headSha, repo: { full_name: headRepo } },
      },
    };
  }

  interface Run {
    outcome: ReviewOutcome;
    outputs: Record<string, string>;
    summary: string;
    stdout: string;
    exitCode: number;
  }

  async function run(payload: object, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<Run> {
    const step = await runActionStep(
      {
        inputs: { command: 'review', 'github-token': 'ghs_test', 'schema-dir': 'kafka-schemas', 'fail-on': 'BACKWARD', 'allow-breaking-label': ACK, ...inputs },
        env: { GITHUB_REPOSITORY: 'acme/schemas', GITHUB_API_URL: standin.url, GITHUB_SERVER_URL: 'https://ghes.example.com', GITHUB_WORKSPACE: work, ...env },
        event: { name: env.GITHUB_EVENT_NAME ?? 'pull_request', payload },
      },
      async () => {
        const review = await runReviewAction();
        settleAction(review.actionOutcome);
        return review;
      },
    );
    return { outcome: step.value, outputs: step.outputs, summary: step.summary, stdout: step.stdout, exitCode: step.exitCode };
  }

  const reviewComments = (number: number) => standin.commentsOn(number).filter((comment) => comment.body.includes(REVIEW_MARKER));
  const commentWrites = () => standin.writeRequests().filter((request) => /\/comments/.test(request.path));

  it('comments once on a compatible change with FULL and BACKWARD verdicts, passes, and updates the same comment later', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL, 'kafka-schemas/prod/users/value.avsc': ORDER_BACKWARD });
    standin.clearRequests();
    const first = await run(event(pull));
    expect(first.exitCode).toBe(0);
    expect(first.outputs['review-outcome']).toBe('passed');
    expect(first.outputs['breaking-topics']).toBe('[]');
    const comments = reviewComments(pull.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(body).toContain('✅ Passed');
    expect(body).toContain('| <code>prod/orders</code> | 1 added | ✅ FULL |');
    expect(body).toContain('| <code>prod/users</code> | 1 removed | ⚠️ BACKWARD |');
    expect(first.outputs['review-comment-url']).toContain(`/issues/${pull.number}#issuecomment-${comments[0]!.id}`);
    expect(first.summary).toContain('| <code>prod/orders</code> | 1 added | ✅ FULL |');
    expect(first.stdout).not.toMatch(/::(error|warning) /);
    // the head and base were read through the API, every request checked against GitHub's description
    expect(standin.requests.every((request) => request.status < 400)).toBe(true);
    expect(standin.requests.some((request) => request.operationId === 'git/get-blob')).toBe(true);

    // a new commit on the branch: the same comment is edited in place
    const headSha = standin.commitFiles(pull.branch, { 'kafka-schemas/stage/fresh/value.avsc': ORDER_V1 });
    standin.clearRequests();
    const second = await run(event({ ...pull, headSha }));
    expect(second.exitCode).toBe(0);
    expect(reviewComments(pull.number)).toHaveLength(1);
    expect(standin.commentsOn(pull.number)).toHaveLength(1);
    expect(commentWrites().map((request) => request.method)).toEqual(['PATCH']);
    expect(reviewComments(pull.number)[0]!.body).toContain('| <code>stage/fresh</code> | 1 added | 🆕 new |');

    // the same state again: nothing is written
    standin.clearRequests();
    await run(event({ ...pull, headSha }));
    expect(standin.writeRequests()).toEqual([]);
  });

  it('finds its comment on a later page of a busy pull request', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
    for (let index = 0; index < 105; index += 1) {
      await client.rest.issues.createComment({ owner: 'acme', repo: 'schemas', issue_number: pull.number, body: `looks good ${index}` });
    }
    await run(event(pull));
    const headSha = standin.commitFiles(pull.branch, { 'kafka-schemas/prod/users/value.avsc': ORDER_FULL });
    standin.clearRequests();
    await run(event({ ...pull, headSha }));
    expect(reviewComments(pull.number)).toHaveLength(1);
    expect(commentWrites().map((request) => request.method)).toEqual(['PATCH']);
    expect(standin.requests.filter((request) => request.operationId === 'issues/list-comments').map((request) => request.query.page ?? '1')).toEqual([
      '1',
      '2',
    ]);
  });

  it('fails on a breaking change with annotations, then passes with the label while the comment still shows it', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD });
    const failed = await run(event(pull));
    expect(failed.exitCode).toBe(1);
    expect(failed.outcome.passed).toBe(false);
    expect(failed.outputs['review-outcome']).toBe('failed');
    expect(JSON.parse(failed.outputs['breaking-topics']!)).toEqual(['prod/orders']);
    const line = ORDER_FORWARD.split('\n').findIndex((text) => text.includes('"currency"')) + 1;
    expect(failed.stdout).toContain(`::error title=Breaking schema change in prod/orders,file=kafka-schemas/prod/orders/value.avsc,line=${line}::`);
    expect(failed.stdout).toMatch(/::error::schema review failed: breaking schema changes in prod\/orders/);
    const failedBody = reviewComments(pull.number)[0]!.body;
    expect(failedBody).toContain('❌ Failed');
    expect(failedBody).toContain('| <code>prod/orders</code> | BACKWARD | FORWARD | ❌ breaking |');
    expect(failedBody).toContain(`accept it with the label <code>${ACK}</code>`);

    // the label is added after the event was sent: the review reads the current labels
    await client.rest.issues.addLabels({ owner: 'acme', repo: 'schemas', issue_number: pull.number, labels: [ACK] });
    const accepted = await run(event(pull));
    expect(accepted.exitCode).toBe(0);
    expect(accepted.outputs['review-outcome']).toBe('acknowledged');
    expect(JSON.parse(accepted.outputs['breaking-topics']!)).toEqual(['prod/orders']);
    expect(accepted.stdout).toContain('::warning title=Acknowledged breaking change in prod/orders,file=kafka-schemas/prod/orders/value.avsc');
    expect(accepted.stdout).not.toContain('::error');
    const comments = reviewComments(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('⚠️ Passed with acknowledged breaking changes');
    expect(comments[0]!.body).toContain('⚠️ breaking, acknowledged');
  });

  it('fails under a stricter per-topic level in topic.json and passes under fail-on NONE otherwise', async () => {
    const pull = await openPull({
      'kafka-schemas/prod/orders/value.avsc': ORDER_BACKWARD,
      'kafka-schemas/prod/orders/topic.json': topicJson({ compatibility: 'FULL' }),
      'kafka-schemas/prod/users/value.avsc': ORDER_FORWARD,
    });
    const result = await run(event(pull), { 'fail-on': 'NONE' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['breaking-topics']!)).toEqual(['prod/orders']);
    expect(result.summary).toContain('| <code>prod/orders</code> | FULL (topic.json) | BACKWARD | ❌ breaking |');
  });

  it('posts nothing for a pull request from a fork and says why in the job summary', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD });
    standin.clearRequests();
    const result = await run(event(pull, 'someone/schemas'));
    expect(commentWrites()).toEqual([]);
    expect(standin.requests.some((request) => request.operationId === 'issues/list-comments')).toBe(false);
    expect(result.summary).toContain('No pull request comment: the pull request comes from a fork (someone/schemas)');
    expect(result.summary).toContain('❌ Failed');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['review-comment-url']).toBe('');
  });

  it('falls back to the job summary when commenting answers 403', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
    const forbidden = createGitHubClient({ token: 'ghs_test', baseUrl: standin.url, throttle: false }, silentLogger);
    forbidden.hook.before('request', (options) => {
      if (options.method === 'POST' && String(options.url).endsWith('/comments')) {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      }
    });
    const outcome = await reviewPullRequest(
      {
        token: 'ghs_test',
        apiUrl: standin.url,
        repository: { owner: 'acme', repo: 'schemas', serverUrl: standin.serverUrl },
        schemaDir: 'kafka-schemas',
        defaultRequired: 'BACKWARD',
        scanRequired: 'FORWARD',
        scanBranchPrefix: 'kafka-schema-scout/',
        ackLabel: ACK,
        pullRequest: { number: pull.number, baseSha: pull.baseSha, headSha: pull.headSha, baseRepo: 'acme/schemas', headRepo: 'acme/schemas', labels: [] },
      },
      silentLogger,
      forbidden,
    );
    expect(outcome.comment.operation).toBe('forbidden');
    expect(outcome.passed).toBe(true);
    expect(outcome.summary).toContain('No pull request comment: the token may not comment on this pull request (HTTP 403)');
    expect(standin.commentsOn(pull.number)).toEqual([]);
  });

  it('escapes hostile topic folder names in the comment', async () => {
    const hostile = 'we|ird`<!-- x -->';
    const pull = await openPull({ [`kafka-schemas/prod/${hostile}/value.avsc`]: ORDER_V1 });
    const result = await run(event(pull));
    const body = reviewComments(pull.number)[0]!.body;
    expect(body.split('<!--')).toHaveLength(2);
    expect(body).not.toContain('`');
    expect(body).toContain('<code>prod/we&#124;ird&#96;&#60;&#33;-- x --&#62;</code> | 1 added | 🆕 new |');
    expect(result.summary).not.toContain('<!--');
  });

  it('compares with the merge base, so changes merged into main meanwhile are not part of the review', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
    // main moves on: a breaking change of another topic lands there after the branch was cut
    const moved = standin.commitFiles('main', { 'kafka-schemas/prod/users/value.avsc': ORDER_FORWARD });
    standin.clearRequests();
    const result = await run(event({ ...pull, baseSha: moved }));
    expect(result.exitCode).toBe(0);
    expect(result.outcome.plan.topics.map((topic) => topic.name)).toEqual(['prod/orders']);
    expect(standin.requests.some((request) => request.operationId === 'repos/compare-commits-with-basehead' && request.status === 200)).toBe(true);
    standin.commitFiles('main', { 'kafka-schemas/prod/users/value.avsc': ORDER_V1 });
  });

  it('leaves a pull request without schema changes alone', async () => {
    const pull = await openPull({ 'README.md': '# other\n' });
    standin.clearRequests();
    const result = await run(event(pull));
    expect(result.exitCode).toBe(0);
    expect(commentWrites()).toEqual([]);
    expect(result.summary).toContain('No schema files under <code>kafka-schemas</code> change');
  });

  it("ignores a stranger's comment that carries the review's marker and posts its own", async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD });
    const forged = `${REVIEW_MARKER}\n### Kafka schema review\n\n**✅ Passed**: every changed topic meets its required compatibility level.\n`;
    const forgedId = standin.addComment(pull.number, forged, { login: 'mallory', type: 'User' });
    const result = await run(event(pull));
    expect(result.exitCode).toBe(1);
    const comments = reviewComments(pull.number);
    expect(comments.map((comment) => comment.author.login)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments.find((comment) => comment.id === forgedId)!.body).toBe(forged);
    expect(comments[1]!.body).toContain('❌ Failed');
    expect(result.outputs['review-comment-url']).toContain(`#issuecomment-${comments[1]!.id}`);
    expect(result.summary).toContain('Ignored 1 comment(s) that imitate this review but were not written by the review');
    expect(result.summary).toContain('<code>mallory</code>');
    // the next run edits its own comment, still never the stranger's
    standin.clearRequests();
    await run(event(pull));
    expect(commentWrites().every((request) => request.path.endsWith(`/comments/${comments[1]!.id}`) || request.method === 'GET')).toBe(true);
  });

  it("with an App token, the App's bot owns the comment: one by github-actions[bot] is not taken for it", async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
    standin.addComment(pull.number, `${REVIEW_MARKER}\nold review by the workflow token\n`, { login: 'github-actions[bot]', type: 'Bot' });
    await run(event(pull), { 'github-token': 'ghs_app_token' });
    const comments = reviewComments(pull.number);
    expect(comments.map((comment) => comment.author.login)).toEqual(['github-actions[bot]', 'scout-app[bot]']);
    expect(standin.requests.some((request) => request.path === '/graphql' && request.status === 200)).toBe(true);
    const again = await run(event({ ...pull, headSha: standin.commitFiles(pull.branch, { 'kafka-schemas/prod/users/value.avsc': ORDER_FULL }) }), {
      'github-token': 'ghs_app_token',
    });
    expect(reviewComments(pull.number)).toHaveLength(2);
    expect(again.outcome.comment.operation).toBe('updated');
  });

  it('fails a pull request that lowers its own topic level next to a breaking change, saying so first', async () => {
    const pull = await openPull({
      'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD,
      'kafka-schemas/prod/orders/topic.json': topicJson({ compatibility: 'NONE' }),
    });
    const result = await run(event(pull));
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['breaking-topics']!)).toEqual(['prod/orders']);
    const body = reviewComments(pull.number)[0]!.body;
    const head = body.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('lowers the required compatibility level from BACKWARD to NONE');
    expect(result.stdout).toContain('file=kafka-schemas/prod/orders/topic.json');
  });

  it("fails when a kept topic's value schema is deleted, and passes when its whole folder goes", async () => {
    const dropped = await openPull({ 'kafka-schemas/prod/orders/value.avsc': null });
    const result = await run(event(dropped));
    expect(result.exitCode).toBe(1);
    expect(result.outcome.plan.topics[0]).toMatchObject({ name: 'prod/orders', status: 'changed', breaking: true });
    const vanished = await openPull({ 'kafka-schemas/prod/orders/value.avsc': null, 'kafka-schemas/prod/orders/topic.json': null });
    expect((await run(event(vanished))).exitCode).toBe(0);
  });

  it('fails on a symbolic link or a submodule under the schema directory, naming the path, and reads neither', async () => {
    // the link's target text is itself valid Avro: only its mode gives it away
    const pull = await openPull({
      'kafka-schemas/prod/orders/value.avsc': { symlink: '"string"' },
      'kafka-schemas/prod/vendored': { submodule: 'a'.repeat(40) },
    });
    standin.clearRequests();
    const result = await run(event(pull), {});
    await client.rest.issues.addLabels({ owner: 'acme', repo: 'schemas', issue_number: pull.number, labels: [ACK] });
    const acknowledged = await run(event(pull));
    for (const outcome of [result, acknowledged]) {
      expect(outcome.exitCode).toBe(1);
      expect(outcome.outputs['review-outcome']).toBe('failed');
    }
    expect(result.stdout).toContain('file=kafka-schemas/prod/orders/value.avsc::value.avsc: a symbolic link');
    expect(result.stdout).toContain('file=kafka-schemas/prod/vendored::prod/vendored: a submodule');
    const body = reviewComments(pull.number)[0]!.body;
    expect(body).toContain('prod/vendored: a submodule');
    // the link's blob was never fetched
    const linkSha = standin.git.putBlob(Buffer.from('"string"'));
    expect(standin.requests.some((request) => request.path.endsWith(`/git/blobs/${linkSha}`))).toBe(false);
  });

  it('names an oversized schema file and the limit instead of reading it', async () => {
    const huge = `${JSON.stringify({ type: 'record', name: 'Big', fields: [{ name: 'x', type: 'string', doc: 'x'.repeat(2.2 * 1024 * 1024) }] })}\n`;
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': huge });
    standin.clearRequests();
    const result = await run(event(pull));
    expect(result.exitCode).toBe(1);
    expect(result.outcome.plan.topics[0]!.error).toBe('value.avsc: 2.2 MiB, over the 2.0 MiB limit of a schema file: not read');
    const hugeSha = standin.git.putBlob(Buffer.from(huge));
    expect(standin.requests.some((request) => request.path.endsWith(`/git/blobs/${hugeSha}`))).toBe(false);
  });

  it('comments on a fork pull request under pull_request_target (the base workflow with the base token)', async () => {
    const pull = await openPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
    const result = await run(event(pull, 'someone/schemas'), {}, { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(result.outputs['review-comment-url']).not.toBe('');
    expect(reviewComments(pull.number)).toHaveLength(1);
  });

  describe("the scan's own pull request is judged for the consumers of data already written", () => {
    const BOT = { login: 'scout-app[bot]', type: 'Bot' };
    const APP_TOKEN = 'ghs_app_token';

    /** What the scan does: commits through the API with its token (GitHub signs them) and opens the pull request. */
    async function scanPull(files: Record<string, string>, branch = `kafka-schema-scout/prod-${randomBytes(2).toString('hex')}`): Promise<Pull> {
      const bot = createGitHubClient({ token: APP_TOKEN, baseUrl: standin.url, throttle: false }, silentLogger);
      const coordinates = { owner: 'acme', repo: 'schemas' };
      const baseSha = standin.refSha('main')!;
      const { data: base } = await bot.rest.git.getCommit({ ...coordinates, commit_sha: baseSha });
      const tree = Object.entries(files).map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content }));
      const { data: newTree } = await bot.rest.git.createTree({ ...coordinates, base_tree: base.tree.sha, tree });
      const { data: commit } = await bot.rest.git.createCommit({ ...coordinates, message: 'Kafka schemas', tree: newTree.sha, parents: [baseSha] });
      await bot.rest.git.createRef({ ...coordinates, ref: `refs/heads/${branch}`, sha: commit.sha });
      const { data } = await bot.rest.pulls.create({ ...coordinates, head: branch, base: 'main', title: 'Kafka schemas: cluster prod' });
      return { number: data.number, branch, baseSha, headSha: commit.sha };
    }

    // ORDER_BACKWARD drops `amount`: new readers read old data, old readers cannot read the new (FORWARD breaks).
    it('FORWARD by default: a change that only keeps BACKWARD fails, and the comment says why', async () => {
      const pull = await scanPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_BACKWARD });
      const result = await run(event(pull, 'acme/schemas', BOT), { 'github-token': APP_TOKEN });
      expect(result.outcome.kind.kind).toBe('scan');
      expect(result.exitCode).toBe(1);
      expect(result.outcome.plan.topics[0]).toMatchObject({ name: 'prod/orders', required: 'FORWARD', breaking: true });
      expect(reviewComments(pull.number)[0]!.body).toContain('consumers that still hold the committed schema can read it');
      // a compatible change for old readers passes
      const fine = await scanPull({ 'kafka-schemas/prod/users/value.avsc': ORDER_FULL });
      expect((await run(event(fine, 'acme/schemas', BOT), { 'github-token': APP_TOKEN })).exitCode).toBe(0);
    });

    it("a person's commit on the scan's branch makes both levels apply", async () => {
      const pull = await scanPull({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL });
      const headSha = standin.commitFiles(pull.branch, { 'kafka-schemas/prod/users/value.avsc': ORDER_FORWARD }, 'hand edit', { login: 'alice', type: 'User' });
      const result = await run(event({ ...pull, headSha }, 'acme/schemas', BOT), { 'github-token': APP_TOKEN });
      expect(result.outcome.kind.kind).toBe('scan-edited');
      expect(result.outcome.plan.defaultRequired).toBe('FULL');
      expect(result.exitCode).toBe(1);
    });

    it('a branch name alone picks no weaker gate: a person, or a fork, on kafka-schema-scout/… gets fail-on or more', async () => {
      // a person's branch named like the scan's: both levels
      const branch = `kafka-schema-scout/prod-${randomBytes(2).toString('hex')}`;
      const baseSha = standin.refSha('main')!;
      await client.rest.git.createRef({ owner: 'acme', repo: 'schemas', ref: `refs/heads/${branch}`, sha: baseSha });
      const headSha = standin.commitFiles(branch, { 'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD });
      const { data } = await client.rest.pulls.create({ owner: 'acme', repo: 'schemas', head: branch, base: 'main', title: 'not the scan' });
      const person = await run(event({ number: data.number, branch, baseSha, headSha }));
      expect(person.outcome.kind.kind).toBe('scan-edited');
      expect(person.exitCode).toBe(1);
      // the same from a fork, even claiming the bot as author: planned, fail-on
      const fork = await run(event({ number: data.number, branch, baseSha, headSha }, 'mallory/schemas', BOT));
      expect(fork.outcome.kind.kind).toBe('planned');
      expect(fork.outcome.plan.defaultRequired).toBe('BACKWARD');
    });
  });

  it('refuses an event without a pull request', async () => {
    await expect(run({ ref: 'refs/heads/main' })).rejects.toThrow(/runs on pull_request events/);
  });
});
