import { describe, expect, it } from '@jest/globals';
import { SCAN_HEAP_FLAGS, scanHeapFlags, scanProcessEnv, wantsHeapCeiling } from '../../../src/util/heap-ceiling';

describe("the scan's own process", () => {
  it('takes the heap ceiling and the 16 MiB semi-space, keeping a semi-space size the user set', () => {
    expect(scanHeapFlags({}, [])).toEqual([...SCAN_HEAP_FLAGS]);
    expect(scanHeapFlags({ NODE_OPTIONS: '--max-semi-space-size=64' }, [])).toEqual(['--max-old-space-size=1024']);
    expect(scanHeapFlags({}, ['--min_semi_space_size=8'])).toEqual(['--max-old-space-size=1024']);
  });

  it('is not started when the user chose a heap size, or from the process it started', () => {
    expect(wantsHeapCeiling({ NODE_OPTIONS: '--max-old-space-size=300' }, [])).toBe(false);
    expect(wantsHeapCeiling({}, ['--max_old_space_size=300'])).toBe(false);
    expect(wantsHeapCeiling(scanProcessEnv({}), [])).toBe(false);
  });

  it('runs with two malloc arenas unless the user set a number', () => {
    expect(scanProcessEnv({ PATH: '/bin' })).toMatchObject({ PATH: '/bin', MALLOC_ARENA_MAX: '2' });
    expect(scanProcessEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
