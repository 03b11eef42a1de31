import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishScan } from '../../../src/github/publish-scan';
import type { ScanReport } from '../../../src/scan/run-scan';
import { silentLogger } from '../../../src/util/log';
import { GitHubStandin } from '../../support/github-standin';

/** The scan's files are read back from disk to be committed: a link there is not followed. */
describe('publishScan reads the written files without following links', () => {
  const MARKER = 'outside-file-marker';
  let work: string;
  let standin: GitHubStandin;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'scout-local-files-'));
    standin = await GitHubStandin.start({ files: { 'README.md': '# schemas\n' } });
  });

  afterAll(async () => {
    await standin.close();
    await rm(work, { recursive: true, force: true });
  });

  it('a value.avsc that is a link fails the publication by path; nothing of its target reaches GitHub', async () => {
    const outside = join(work, 'outside.avsc');
    await writeFile(outside, `${JSON.stringify({ type: 'record', name: 'Outside', doc: MARKER, fields: [] })}\n`);
    const folder = join(work, 'kafka-schemas', 'local', 'orders');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'topic.json'), '{\n  "partitions": 1\n}\n');
    await symlink(outside, join(folder, 'value.avsc'));
    const report: ScanReport = {
      cluster: 'local',
      dir: join(work, 'kafka-schemas'),
      topics: [{ topic: 'orders', status: 'new', records: 1, changedFiles: ['local/orders/topic.json', 'local/orders/value.avsc'], warnings: [] }],
      vanished: [],
      partial: false,
    };
    const outcome = await publishScan(
      report,
      {
        token: 'test-token',
        apiUrl: standin.url,
        repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
        workspace: work,
        branchPrefix: 'kafka-schema-scout/',
        pullRequestLabels: [],
        pullRequestReviewers: [],
        issueLabels: [],
        createPullRequest: true,
        createIssue: true,
        throttle: false,
      },
      silentLogger,
    ).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(outcome?.message).toBe(`${join(folder, 'value.avsc')}: is a symbolic link; links are not followed in the schema tree`);
    expect(JSON.stringify(standin.writeRequests())).not.toContain(MARKER);
    expect(standin.pullRequests()).toEqual([]);
  });
});
