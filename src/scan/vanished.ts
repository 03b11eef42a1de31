import { listCommittedTopics } from '../catalog/read';
import { removeTreeFolder, treeFolder } from '../catalog/safe-fs';
import type { ScanReport } from './run-scan';

/** The share of a cluster's committed topics one scan may remove as vanished (`max-vanished-percent`). */
export const DEFAULT_MAX_VANISHED_PERCENT = 10;

/**
 * Whether a scan may remove the folders of the topics it found vanished. A scan that suddenly
 * misses many topics more likely lost its Describe permission or reached the wrong cluster than
 * saw them deleted: removing more than `maxPercent` of the committed topics at once (at least
 * one may always go) waits for an explicit, higher limit (`setting` names it in the reason).
 */
export function vanishedRemovalAllowed(
  vanished: number,
  committed: number,
  maxPercent: number,
  setting = 'max-vanished-percent',
): { allowed: boolean; reason?: string } {
  if (vanished === 0) return { allowed: true };
  const limit = Math.max(1, Math.floor((committed * maxPercent) / 100));
  if (vanished <= limit) return { allowed: true };
  return {
    allowed: false,
    reason: `${vanished} of the ${committed} committed topics vanished at once, more than ${maxPercent}% (a lost Describe permission or the wrong cluster looks the same): their folders are kept; raise ${setting} to remove them`,
  };
}

export interface VanishedRemoval {
  /** Topics whose folders were removed (sorted). */
  removed: string[];
  /** Vanished topics whose folders were kept, and why. */
  kept: string[];
  reason?: string;
}

/**
 * What the scan's pull request does with vanished topics, done on disk (the CLI): their folders
 * are removed when the scan read every topic and no more than `maxPercent` of the committed
 * topics vanished at once; otherwise all are kept, with the reason.
 */
export async function removeVanishedTopics(report: ScanReport, maxPercent: number, setting: string): Promise<VanishedRemoval> {
  const vanished = [...report.vanished].sort();
  if (vanished.length === 0) return { removed: [], kept: [] };
  if (report.partial) {
    return { removed: [], kept: vanished, reason: 'the scan was partial (some topics could not be read), so nothing is removed' };
  }
  const committed = (await listCommittedTopics(report.dir, report.cluster)).topics.length;
  const removal = vanishedRemovalAllowed(vanished.length, committed, maxPercent, setting);
  if (!removal.allowed) return { removed: [], kept: vanished, reason: removal.reason };
  const removed: string[] = [];
  for (const topic of vanished) {
    const folder = await treeFolder(report.dir, [report.cluster, topic]); // a link is refused, never followed
    if (folder === undefined) continue;
    await removeTreeFolder(folder);
    removed.push(topic);
  }
  return { removed, kept: [] };
}
