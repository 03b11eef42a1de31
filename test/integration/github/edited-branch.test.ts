import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { prepareScanBranch, publishScan, type ScanGitHubSettings } from '../../../src/github/publish-scan';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import { runScan } from '../../../src/scan/run-scan';
import { silentLogger } from '../../../src/util/log';
import { brokers } from '../../support/broker';
import { GitHubStandin, PUSHING_PERSON } from '../../support/github-standin';
import { createTopicWith, deleteTopics, produce } from '../../support/kafka-fixtures';

/** A sampled value that must never reach GitHub. */
const SECRET = `sampled-secret-${randomBytes(3).toString('hex')}`;

interface Field {
  name: string;
  type: unknown;
  doc?: string;
}

describe('hand edits on the scan branch survive the next scan (GitHub stand-in, real broker)', () => {
  const prefix = `it-edit-${randomBytes(3).toString('hex')}`;
  const payments = `${prefix}-payments`;
  const folder = 'kafka-schemas/local';
  const branch = 'kafka-schema-scout/local';
  const valuePath = `${folder}/${payments}/value.avsc`;
  const topicPath = `${folder}/${payments}/topic.json`;
  let standin: GitHubStandin;
  const checkouts: string[] = [];

  beforeAll(async () => {
    // Whole amounts at first: the scan infers a long, which a person then fixes to a double.
    await createTopicWith(
      payments,
      1,
      Array.from({ length: 10 }, (_, i) => ({
        key: `p${i}`,
        value: JSON.stringify({ id: i, amount: 10 * i, payer: SECRET, attrs: { color: 'red', size: 'L' } }),
      })),
    );
    standin = await GitHubStandin.start({ files: { 'README.md': '# schemas\n' } });
  });

  afterAll(async () => {
    await standin?.close();
    await deleteTopics([payments]);
    for (const dir of checkouts) await rm(dir, { recursive: true, force: true });
  });

  /** A fresh checkout of the default branch, as the scheduled run gets. */
  async function checkout(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'scout-edit-checkout-'));
    checkouts.push(dir);
    for (const [path, content] of Object.entries(standin.filesAt('main'))) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  function settingsFor(workspace: string): ScanGitHubSettings {
    return {
      token: 'test-token',
      apiUrl: standin.url,
      repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
      workspace,
      branchPrefix: 'kafka-schema-scout/',
      pullRequestLabels: ['kafka-schemas'],
      pullRequestReviewers: [],
      issueLabels: ['kafka-schema-scout'],
      createPullRequest: true,
      createIssue: false,
      throttle: false,
    };
  }

  /** The scan of this file's topics into `dir`, as the action runs it. */
  function scanInto(dir: string) {
    return runScan(
      {
        connection: { brokers },
        cluster: 'local',
        dir,
        filter: { include: [`${prefix}-.*`] },
        sampling: { ...defaultSampleOptions, samplesPerPartition: 50, topicTimeoutMs: 20_000 },
        naming: {},
      },
      silentLogger,
    );
  }

  /** What the action does: prepare the branch, scan the checkout, publish. */
  async function scanAndPublish() {
    const workspace = await checkout();
    const dir = join(workspace, 'kafka-schemas');
    const settings = settingsFor(workspace);
    const editedBranch = await prepareScanBranch(settings, dir, 'local', silentLogger);
    const report = await scanInto(dir);
    return { editedBranch, report, result: await publishScan(report, { ...settings, editedBranch }, silentLogger) };
  }

  const fieldsOn = (ref: string): Field[] => (JSON.parse(standin.readFile(ref, valuePath)!) as { fields: Field[] }).fields;
  const field = (fields: Field[], name: string) => fields.find((candidate) => candidate.name === name);

  let pullNumber: number;
  let personCommit: string;

  it('a first scan opens the pull request, a scan-only branch is rebuilt from the default branch', async () => {
    const { editedBranch, result } = await scanAndPublish();
    expect(editedBranch).toBeUndefined();
    expect(result.pullRequest.operation).toBe('created');
    pullNumber = result.pullRequest.number!;
    expect(field(fieldsOn(branch), 'amount')?.type).toBe('long');
    expect(field(fieldsOn(branch), 'attrs')?.type).toMatchObject({ type: 'record' });

    // A rescan of new data with the scan's commits alone: one commit on top of main, as before.
    await produce(payments, [{ key: 'p10', value: JSON.stringify({ id: 10, amount: 100, payer: SECRET, channel: 'web' }) }]);
    standin.clearRequests();
    const again = await scanAndPublish();
    expect(again.editedBranch).toBeUndefined();
    expect(again.result.pullRequest).toMatchObject({ operation: 'updated', number: pullNumber });
    const update = standin.writeRequests().find((request) => request.operationId === 'git/update-ref')!;
    expect(update.body).toMatchObject({ force: true });
    expect(standin.git.get(standin.refSha(branch)!, 'commit')!.parents).toEqual([standin.refSha('main')]);
  });

  it('a rescan after a person fixed a type, wrote a doc, a description and an overrides entry keeps their edits and their commit', async () => {
    const schema = JSON.parse(standin.readFile(branch, valuePath)!) as { fields: Field[] };
    field(schema.fields, 'amount')!.type = 'double';
    field(schema.fields, 'amount')!.doc = 'Amount in euros; cents allowed';
    const topicFile = JSON.parse(standin.readFile(branch, topicPath)!) as Record<string, unknown>;
    topicFile.description = 'Payments as the checkout records them';
    topicFile.overrides = { attrs: 'map' }; // the attributes are open-ended: a map, not a record
    personCommit = standin.commitFiles(
      branch,
      { [valuePath]: `${JSON.stringify(schema, null, 2)}\n`, [topicPath]: `${JSON.stringify(topicFile, null, 2)}\n` },
      'amount is money: a double, with a doc',
      PUSHING_PERSON,
    );

    // The data changes: a new optional field.
    await produce(payments, [{ key: 'p11', value: JSON.stringify({ id: 11, amount: 7, payer: SECRET, channel: 'app', refunded: false }) }]);
    standin.clearRequests();
    const { editedBranch, report, result } = await scanAndPublish();

    expect(result.pullRequest).toMatchObject({ operation: 'updated', number: pullNumber });
    const fields = fieldsOn(branch);
    expect(field(fields, 'amount')).toMatchObject({ type: 'double', doc: 'Amount in euros; cents allowed' });
    expect(field(fields, 'refunded')).toBeDefined();
    expect(JSON.parse(standin.readFile(branch, topicPath)!)).toMatchObject({
      description: 'Payments as the checkout records them',
      overrides: { attrs: 'map' },
    });
    expect(field(fields, 'attrs')?.type).toEqual(['null', { type: 'map', values: 'string' }]); // the override took effect (absent from the newer records)
    expect(editedBranch).toMatchObject({ branch, pullNumber, foreignCommits: 1 });
    expect(report.topics.find((topic) => topic.topic === payments)?.status).toBe('changed');

    // Committed on top of the person's commit, the branch moved forward only.
    const head = standin.refSha(branch)!;
    expect(standin.git.get(head, 'commit')!.parents).toEqual([personCommit]);
    const update = standin.writeRequests().find((request) => request.operationId === 'git/update-ref')!;
    expect(update.body).toMatchObject({ force: false });
    // The pull request still shows the whole change against main, and no sampled value.
    const pull = standin.pullRequests().find((candidate) => candidate.number === pullNumber)!;
    expect(pull.body).toContain(payments);
    for (const request of standin.requests) expect(JSON.stringify(request.body ?? '')).not.toContain(SECRET);
  });

  it('a rescan of an edited branch with nothing new writes nothing', async () => {
    const headBefore = standin.refSha(branch);
    standin.clearRequests();
    const { editedBranch, result } = await scanAndPublish();
    expect(editedBranch).toBeDefined();
    expect(standin.writeRequests()).toEqual([]);
    expect(result.pullRequest).toMatchObject({ operation: 'none', number: pullNumber });
    expect(standin.refSha(branch)).toBe(headBefore);
  });

  it('a push to the branch while the scan runs fails the run and loses nothing', async () => {
    const workspace = await checkout();
    const dir = join(workspace, 'kafka-schemas');
    const settings = settingsFor(workspace);
    const editedBranch = await prepareScanBranch(settings, dir, 'local', silentLogger);
    await produce(payments, [{ key: 'p13', value: JSON.stringify({ id: 13, amount: 1, payer: SECRET, late: true }) }]);
    const report = await scanInto(dir);
    const push = standin.commitFiles(branch, { [`${folder}/README.md`]: 'Payments schemas\n' }, 'a note', PUSHING_PERSON);
    await expect(publishScan(report, { ...settings, editedBranch }, silentLogger)).rejects.toThrow(
      `branch ${branch} moved while the scan ran (someone pushed to it): nothing was overwritten; run the scan again`,
    );
    expect(standin.refSha(branch)).toBe(push);
  });

  it('when the default branch moved on, the scan still commits on top of the edited branch and merges nothing into it', async () => {
    standin.commitFiles('main', { 'README.md': '# schemas, reworded on main\n' }, 'reword the README', PUSHING_PERSON);
    await produce(payments, [{ key: 'p12', value: JSON.stringify({ id: 12, amount: 3, payer: SECRET, channel: 'app', refunded: true, region: 'eu' }) }]);
    const headBefore = standin.refSha(branch)!;
    standin.clearRequests();
    const { editedBranch, result } = await scanAndPublish();
    expect(editedBranch).toBeDefined();
    expect(result.pullRequest).toMatchObject({ operation: 'updated', number: pullNumber });
    expect(standin.git.get(standin.refSha(branch)!, 'commit')!.parents).toEqual([headBefore]);
    expect(standin.readFile(branch, 'README.md')).toBe('# schemas\n'); // main's change is not merged in: GitHub shows the branch behind
    expect(field(fieldsOn(branch), 'region')).toBeDefined();
    expect(field(fieldsOn(branch), 'amount')).toMatchObject({ type: 'double', doc: 'Amount in euros; cents allowed' });
    expect(standin.git.isAncestor(personCommit, standin.refSha(branch)!)).toBe(true);
  });

  it('a link on the edited branch stops the scan by path before any file of the checkout is written', async () => {
    standin.commitFiles(branch, { [`${folder}/${payments}/key.avsc`]: { symlink: '/etc/passwd' } }, 'a link', PUSHING_PERSON);
    const workspace = await checkout();
    const dir = join(workspace, 'kafka-schemas');
    await expect(prepareScanBranch(settingsFor(workspace), dir, 'local', silentLogger)).rejects.toThrow(
      `${folder}/${payments}/key.avsc on branch ${branch} is a symbolic link`,
    );
    expect(await readdir(workspace)).toEqual(['README.md']); // the checkout of main, nothing taken from the branch
  });
  it('a schema file over 2 MiB on the edited branch stops the scan by path; it is not fetched', async () => {
    standin.commitFiles(branch, { [`${folder}/${payments}/key.avsc`]: null, [valuePath]: `"${'x'.repeat(2 * 1024 * 1024)}"\n` }, 'huge', PUSHING_PERSON);
    const workspace = await checkout();
    standin.clearRequests();
    await expect(prepareScanBranch(settingsFor(workspace), join(workspace, 'kafka-schemas'), 'local', silentLogger)).rejects.toThrow(
      `${valuePath} on branch ${branch} is 2.0 MiB, over the 2 MiB limit of a committed file`,
    );
    expect(standin.requests.filter((request) => request.operationId === 'git/get-blob')).toEqual([]);
    expect(await readdir(workspace)).toEqual(['README.md']);
  });
});
