import { isValidClusterName } from '../catalog/layout';
import { strictestLevel, type CompatibilityLevel } from '../schema/compatibility';
import { sameLogin } from './identity';

/**
 * Which question a review asks (DESIGN.md, "Two kinds of schema change"):
 * - `scan`: the scan's own pull request. Producers already write the new data, so what matters
 *   is whether consumers holding the committed schema can read it: FORWARD by default.
 * - `scan-edited`: the scan's branch with a commit that is not the scan's: both the level for
 *   planned changes and the scan's apply.
 * - `planned`: a change people wrote: `fail-on` (BACKWARD by default, as Schema Registry).
 * Only evidence the pull request's author cannot fake counts for `scan`: this repository's scan
 * branch (not a fork), opened by a bot, every commit that bot's and signed by GitHub (as the
 * commits the scan makes through the API are). A branch name alone never picks a weaker gate.
 */
export type PullRequestKind = 'scan' | 'scan-edited' | 'planned';

export interface PullRequestFacts {
  headRef: string;
  baseRepo?: string | null;
  headRepo?: string | null;
  /** Who opened the pull request. */
  author?: { login: string; type: string } | null;
  /** The pull request's commits, or undefined when they could not all be listed. */
  commits?: Array<{ author?: string | null; verified: boolean }>;
}

export interface PullRequestKindVerdict {
  kind: PullRequestKind;
  /** Why, in words, for the comment. */
  reason: string;
}

export function classifyPullRequest(facts: PullRequestFacts, scanBranchPrefix: string): PullRequestKindVerdict {
  const cluster = scanBranchPrefix !== '' && facts.headRef.startsWith(scanBranchPrefix) ? facts.headRef.slice(scanBranchPrefix.length) : undefined;
  if (cluster === undefined || !isValidClusterName(cluster)) return { kind: 'planned', reason: 'a change written by people' };
  const sameRepository = facts.headRepo != null && facts.baseRepo != null && facts.headRepo.toLowerCase() === facts.baseRepo.toLowerCase();
  if (!sameRepository) return { kind: 'planned', reason: `a branch named like the scan's, from another repository (${facts.headRepo ?? 'deleted'})` };
  const author = facts.author;
  if (!author || author.type !== 'Bot')
    return { kind: 'scan-edited', reason: `the scan's branch, but opened by ${author?.login ?? 'an unknown account'}, not by the scan` };
  if (facts.commits === undefined || facts.commits.length === 0) {
    return { kind: 'scan-edited', reason: "the scan's branch, but its commits could not all be checked" };
  }
  const foreign = facts.commits.filter((commit) => !sameLogin(commit.author, author.login) || !commit.verified);
  if (foreign.length > 0) {
    return { kind: 'scan-edited', reason: `the scan's branch with ${foreign.length} commit(s) not made by the scan (${author.login})` };
  }
  return { kind: 'scan', reason: `the scan's own pull request (${author.login}): producers already write this data` };
}

/** The level every topic must keep unless its topic.json sets its own. */
export function gateLevel(kind: PullRequestKind, failOn: CompatibilityLevel, scanLevel: CompatibilityLevel): CompatibilityLevel {
  if (kind === 'scan') return scanLevel;
  if (kind === 'scan-edited') return strictestLevel(failOn, scanLevel);
  return failOn;
}
