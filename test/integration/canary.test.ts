import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEmit } from '../../src/datahub/emit-run';
import { publishScan } from '../../src/github/publish-scan';
import { reviewPullRequest } from '../../src/github/review-pull-request';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { runScan } from '../../src/scan/run-scan';
import type { Logger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { runCli } from '../support/cli';
import { GitHubStandin } from '../support/github-standin';
import { GmsStandIn } from '../support/gms-standin';
import { fieldNames, readJson } from '../support/json';
import { createTopicWith, deleteTopics } from '../support/kafka-fixtures';

/**
 * Canaries: unique secret-looking values in message keys and values (JSON fields, enum-like
 * repeats, nested, arrays, plain text). Scan, GitHub publishing, review, emit and the CLI run
 * over them; none may appear in a file, a request body, a summary, a log line or a proposal.
 */
const hex = (n: number) => randomBytes(n).toString('hex');
const canary = (label: string) => `canary-${label}-${hex(4)}-AKIA${hex(8).toUpperCase()}`;
const CANARIES = {
  secret: canary('secret'),
  nested: canary('nested'),
  array: canary('array'),
  textValue: canary('text'),
  textKey: canary('textkey'),
  jsonKey: canary('jsonkey'),
  // Enum-like: three values repeated many times, the shape an inference engine might capture as symbols.
  status: [canary('status0'), canary('status1'), canary('status2')],
  // Looks like a format (email, URI, date) but carries the canary.
  email: `${canary('mail')}@example.com`,
  uri: `https://example.com/${canary('uri')}`,
  longish: `${canary('long')}-${'x'.repeat(40)}`,
};
const ALL = [
  CANARIES.secret,
  CANARIES.nested,
  CANARIES.array,
  CANARIES.textValue,
  CANARIES.textKey,
  CANARIES.jsonKey,
  ...CANARIES.status,
  CANARIES.email,
  CANARIES.uri,
  CANARIES.longish,
];
/** The random parts alone: a canary cut, escaped or re-encoded would still show them. */
const FRAGMENTS = ALL.map((value) => /AKIA[0-9A-F]{16}/.exec(value)![0]);

function findCanaries(where: string, text: string): string[] {
  const found: string[] = [];
  for (const [i, value] of ALL.entries()) {
    if (text.includes(value) || text.includes(FRAGMENTS[i]!)) found.push(`${where}: ${value}`);
  }
  return found;
}

function recordingLogger(lines: string[]): Logger {
  const record = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

async function allFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

describe('canary values never leave the runner', () => {
  const prefix = `it-canary-${hex(3)}`;
  const jsonTopic = `${prefix}-json`;
  const textTopic = `${prefix}-text`;
  const leaks: string[] = [];
  let workspace: string;
  let github: GitHubStandin;
  let gms: GmsStandIn;

  beforeAll(async () => {
    const json = Array.from({ length: 60 }, (_, i) => ({
      key: JSON.stringify({ tenant: CANARIES.jsonKey, n: i }),
      value: JSON.stringify({
        id: i,
        secret: CANARIES.secret,
        status: CANARIES.status[i % 3],
        contact: { email: CANARIES.email, homepage: CANARIES.uri },
        tags: [CANARIES.array, CANARIES.array],
        note: CANARIES.longish,
        at: '2026-11-01T10:00:00Z',
      }),
    }));
    const text = Array.from({ length: 30 }, (_, i) => ({ key: CANARIES.textKey, value: i % 2 ? CANARIES.textValue : CANARIES.status[i % 3]! }));
    await createTopicWith(jsonTopic, 1, json);
    await createTopicWith(textTopic, 1, text);
    workspace = await mkdtemp(join(tmpdir(), 'scout-canary-'));
    github = await GitHubStandin.start({ files: { 'README.md': '# schemas\n' } });
    gms = await new GmsStandIn().start();
  });

  afterAll(async () => {
    await github?.close();
    await gms?.stop();
    await deleteTopics([jsonTopic, textTopic]);
    if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  });

  it('scan, publishing, review, emit and the verbose CLI show no canary anywhere', async () => {
    const logs: string[] = [];
    const logger = recordingLogger(logs);
    const dir = join(workspace, 'kafka-schemas');
    const report = await runScan(
      {
        connection: { brokers },
        cluster: 'local',
        dir,
        filter: { include: [`${prefix}-.*`] },
        sampling: { ...defaultSampleOptions, samplesPerPartition: 100 },
        naming: {},
      },
      logger,
    );
    expect(report.partial).toBe(false);
    expect(report.topics.map((t) => t.records)).toEqual([60, 30]);
    leaks.push(...findCanaries('scan report', JSON.stringify(report)));

    // The engine really saw the fields (so the test would notice values standing in for them).
    const value = await readJson(join(dir, 'local', jsonTopic, 'value.avsc'));
    expect(fieldNames(value)).toEqual(['id', 'secret', 'status', 'contact', 'tags', 'note', 'at']);

    const published = await publishScan(
      report,
      {
        token: 'ghs_canary',
        apiUrl: github.url,
        repository: { owner: github.owner, repo: github.repo, serverUrl: github.serverUrl },
        workspace,
        branchPrefix: 'kafka-schema-scout/',
        pullRequestLabels: [],
        pullRequestReviewers: [],
        issueLabels: ['kafka-schema-scout'],
        createPullRequest: true,
        createIssue: true,
        throttle: false,
      },
      logger,
    );
    expect(published.pullRequest.operation).toBe('created');
    leaks.push(...findCanaries('job summary', published.summary));

    const branch = 'kafka-schema-scout/local';
    const review = await reviewPullRequest(
      {
        token: 'ghs_canary',
        apiUrl: github.url,
        repository: { owner: github.owner, repo: github.repo, serverUrl: github.serverUrl },
        schemaDir: 'kafka-schemas',
        defaultRequired: 'BACKWARD',
        scanRequired: 'FORWARD',
        scanBranchPrefix: 'kafka-schema-scout/',
        ackLabel: 'ack',
        throttle: false,
        pullRequest: {
          number: published.pullRequest.number!,
          baseSha: github.refSha('main')!,
          headSha: github.refSha(branch)!,
          baseRepo: 'acme/schemas',
          headRepo: 'acme/schemas',
          labels: [],
        },
      },
      logger,
    );
    expect(review.plan.topics).toHaveLength(2);
    leaks.push(...findCanaries('review summary', review.summary));

    for (const request of github.requests) leaks.push(...findCanaries(`GitHub ${request.method} ${request.path}`, JSON.stringify(request.body ?? '')));
    for (const [path, content] of Object.entries(github.filesAt(branch))) leaks.push(...findCanaries(`GitHub file ${path}`, content));
    for (const pull of github.pullRequests()) leaks.push(...findCanaries(`PR #${pull.number}`, JSON.stringify(pull)));
    for (const issue of github.plainIssues()) leaks.push(...findCanaries(`issue #${issue.number}`, JSON.stringify(issue)));

    const out = join(workspace, 'mcps.json');
    const sent = await runEmit({ dir, gms: gms.url, token: 'dh-token', rest: { minRetryDelayMs: 5, maxRetryDelayMs: 20 } }, logger);
    expect(sent.partial).toBe(false);
    const written = await runEmit({ dir, out }, logger);
    expect(written.partial).toBe(false);
    for (const request of gms.requests) leaks.push(...findCanaries(`GMS ${request.method} ${request.path}`, request.body));
    expect(gms.ingestRequests().length).toBeGreaterThan(0);
    leaks.push(...findCanaries('emit reports', JSON.stringify([sent, written])));

    // The CLI, verbose, into a second directory (a fresh scan writes everything once more).
    const cliDir = join(workspace, 'cli-schemas');
    const scanned = await runCli(['scan', '--brokers', brokers.join(','), '--cluster', 'local', '--dir', cliDir, '--include', `${prefix}-.*`, '--verbose']);
    expect(scanned.stdout).toContain(jsonTopic);
    leaks.push(...findCanaries('CLI scan stdout', scanned.stdout), ...findCanaries('CLI scan stderr', scanned.stderr));
    const scannedJson = await runCli([
      'scan',
      '--brokers',
      brokers.join(','),
      '--cluster',
      'local',
      '--dir',
      cliDir,
      '--include',
      `${prefix}-.*`,
      '--json',
      '-v',
    ]);
    leaks.push(...findCanaries('CLI scan --json', scannedJson.stdout + scannedJson.stderr));
    const emitted = await runCli(['emit', '--dir', cliDir, '--out', join(workspace, 'cli-mcps.json')]);
    leaks.push(...findCanaries('CLI emit', emitted.stdout + emitted.stderr));

    for (const [path, content] of Object.entries(await allFiles(workspace))) leaks.push(...findCanaries(`file ${path}`, content));
    leaks.push(...findCanaries('logs', logs.join('\n')));
    expect(logs.some((line) => line.startsWith('debug'))).toBe(true);
    expect(leaks).toEqual([]);
  }, 60_000);

  it('the check itself finds a canary that is there', () => {
    expect(findCanaries('probe', `x ${CANARIES.status[1]} y`)).toHaveLength(1);
    expect(findCanaries('probe', JSON.stringify({ a: FRAGMENTS[0] }))).toHaveLength(1);
  });
});
