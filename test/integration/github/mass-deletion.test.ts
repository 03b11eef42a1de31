import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishScan, type ScanGitHubSettings } from '../../../src/github/publish-scan';
import { vanishedRemovalAllowed } from '../../../src/github/schema-plan';
import type { ScanReport } from '../../../src/scan/run-scan';
import type { Logger } from '../../../src/util/log';
import { GitHubStandin } from '../../support/github-standin';

describe('the mass-deletion guard', () => {
  it('lets at most max-vanished-percent of the committed topics (at least one) go in one scan', () => {
    expect(vanishedRemovalAllowed(0, 0, 10).allowed).toBe(true);
    expect(vanishedRemovalAllowed(1, 3, 10).allowed).toBe(true);
    expect(vanishedRemovalAllowed(2, 20, 10).allowed).toBe(true);
    expect(vanishedRemovalAllowed(3, 20, 10)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('3 of the 20 committed topics vanished at once, more than 10%'),
    });
    expect(vanishedRemovalAllowed(20, 20, 100).allowed).toBe(true);
  });

  describe('a scan that suddenly sees none of the committed topics (a lost Describe permission)', () => {
    const names = Array.from({ length: 20 }, (_, i) => `orders-${String(i).padStart(2, '0')}`);
    let standin: GitHubStandin;
    let workspace: string;
    const warnings: string[] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, warn: (message) => void warnings.push(message), error: () => {} };

    beforeAll(async () => {
      const files: Record<string, string> = { 'README.md': '# schemas\n' };
      for (const name of names) files[`kafka-schemas/prod/${name}/value.avsc`] = '"string"\n';
      standin = await GitHubStandin.start({ files });
      workspace = await mkdtemp(join(tmpdir(), 'scout-mass-deletion-'));
    });

    afterAll(async () => {
      await standin?.close();
      await rm(workspace, { recursive: true, force: true });
    });

    const report = (): ScanReport => ({ cluster: 'prod', dir: join(workspace, 'kafka-schemas'), topics: [], vanished: names, partial: false });
    const settings = (overrides: Partial<ScanGitHubSettings> = {}): ScanGitHubSettings => ({
      token: 'ghs_test',
      apiUrl: standin.url,
      repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
      workspace,
      branchPrefix: 'kafka-schema-scout/',
      pullRequestLabels: [],
      pullRequestReviewers: [],
      issueLabels: ['kafka-schema-scout'],
      createPullRequest: true,
      createIssue: true,
      throttle: false,
      ...overrides,
    });

    it('proposes no deletion, says why, and lists them in the topics issue as kept', async () => {
      const result = await publishScan(report(), settings(), logger);
      expect(result.pullRequest.operation).toBe('none');
      expect(standin.refSha('kafka-schema-scout/prod')).toBeUndefined();
      expect(warnings.join('\n')).toContain('20 of the 20 committed topics vanished at once, more than 10%');
      const [issue] = standin.plainIssues();
      expect(issue!.body).toContain('kept: the last scan was partial, or too many vanished at once');
    });

    it('removes them when max-vanished-percent allows it, and the pull request says merging soft-deletes them in DataHub', async () => {
      const result = await publishScan(report(), settings({ maxVanishedPercent: 100 }), logger);
      expect(result.pullRequest.operation).toBe('created');
      expect(Object.keys(standin.filesAt('kafka-schema-scout/prod', 'kafka-schemas/'))).toEqual([]);
      const [pull] = standin.pullRequests();
      expect(pull!.body).toContain('soft-deletes their datasets in DataHub');
    });
  });
});
