import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanReport } from '../../../src/scan/run-scan';
import { removeVanishedTopics } from '../../../src/scan/vanished';

describe('removeVanishedTopics (the CLI side of the scan pull request)', () => {
  it('removes nothing after a partial scan and says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-vanished-unit-'));
    try {
      for (const topic of ['gone', 'live']) {
        await mkdir(join(dir, 'local', topic), { recursive: true });
        await writeFile(join(dir, 'local', topic, 'value.avsc'), '"string"\n');
      }
      const report: ScanReport = { cluster: 'local', dir, topics: [], vanished: ['gone'], partial: true };
      expect(await removeVanishedTopics(report, 100, '--max-vanished-percent')).toEqual({
        removed: [],
        kept: ['gone'],
        reason: 'the scan was partial (some topics could not be read), so nothing is removed',
      });
      expect((await readdir(join(dir, 'local'))).sort()).toEqual(['gone', 'live']);

      expect(await removeVanishedTopics({ ...report, partial: false }, 100, '--max-vanished-percent')).toEqual({ removed: ['gone'], kept: [] });
      expect(await readdir(join(dir, 'local'))).toEqual(['live']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
