import { execFile } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';
import { promisify } from 'node:util';
import { Option, type Command } from 'commander';
import { ExitCode } from '../util/exit-code';
import { irregularEntryKind } from '../github/git-tree';
import { readReviewFiles, type SchemaTreeSource, type TreeListing } from '../github/review-files';
import { renderReviewMarkdown } from '../github/review-markdown';
import { DEFAULT_ACK_LABEL, DEFAULT_REQUIRED_LEVEL, planReview, type ReviewPlan } from '../github/review-plan';
import { parseRequiredLevel } from '../schema/compatibility';
import { UsageError, errorMessage } from '../util/errors';
import type { Settle } from './settle';

const run = promisify(execFile);

export type ReviewFormat = 'text' | 'json' | 'markdown';

export interface ReviewFlags {
  base: string;
  head: string;
  dir: string;
  failOn: string;
  format: ReviewFormat;
  allowBreaking?: boolean;
}

export interface ReviewEnvironment {
  /** Where git runs (a directory inside the repository); `--dir` is relative to it. */
  cwd?: string;
  write?: (text: string) => void;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

async function resolveCommit(cwd: string, ref: string, flag: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(`${flag} ${ref}: not a commit of the repository`);
  }
}

/** Reads commits of the local repository with git itself (`ls-tree`, `cat-file`); `cwd` is its top level. */
export function localGitSource(cwd: string): SchemaTreeSource {
  return {
    async listFiles(commit, dir) {
      const listing: TreeListing = { files: new Map(), sizes: new Map(), irregular: new Map() };
      if (dir !== '') {
        // The folder and each folder above it must be folders in this commit, not links to elsewhere.
        const segments = dir.split('/');
        const prefixes = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
        for (const entry of (await git(cwd, ['ls-tree', '-z', '--full-tree', commit, '--', ...prefixes])).split('\0')) {
          const match = /^(\d+) (\w+) [0-9a-f]+\t(.*)$/s.exec(entry);
          if (!match || match[2] === 'tree') continue;
          listing.irregular.set('', `${irregularEntryKind(match[1]!, match[2]!) ?? 'a file'} at ${match[3]}, not a folder`);
          return listing;
        }
      }
      const prefix = dir === '' ? '' : `${dir}/`;
      const output = await git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', ...(dir === '' ? [] : [dir])]);
      for (const entry of output.split('\0')) {
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(entry);
        if (!match || !match[5]!.startsWith(prefix)) continue;
        const [, mode, type, sha, size, path] = match as unknown as [string, string, string, string, string, string];
        const relativePath = path.slice(prefix.length);
        const irregular = irregularEntryKind(mode, type);
        if (irregular !== undefined) {
          listing.irregular.set(relativePath, irregular);
        } else {
          listing.files.set(relativePath, sha);
          if (size !== '-') listing.sizes.set(relativePath, Number(size));
        }
      }
      return listing;
    },
    readBlob: (sha) => git(cwd, ['cat-file', 'blob', sha]),
  };
}

function line(kind: string, name: string, detail = ''): string {
  return `  ${kind.padEnd(9)} ${name}${detail}`;
}

export function formatReviewText(plan: ReviewPlan, heading: string): string {
  const lines = [heading];
  const breaking = plan.topics.filter((topic) => topic.breaking).length;
  const invalid = plan.topics.filter((topic) => topic.error !== undefined).length + plan.treeErrors.length;
  lines.push(
    `outcome: ${plan.outcome} (${plan.topics.length} topic(s) differ, ${breaking} breaking, ${invalid} invalid; default level ${plan.defaultRequired})`,
  );
  for (const problem of plan.treeErrors) lines.push(`  INVALID   ${problem.message}`);
  for (const topic of plan.topics.filter((review) => review.levelLowered)) {
    lines.push(
      `  LOWERED   ${topic.name}: required level lowered from ${topic.levelLowered!.from} to ${topic.levelLowered!.to} (breaking; ${topic.required} applies)`,
    );
  }
  for (const topic of plan.topics) {
    if (topic.error !== undefined) {
      lines.push(line(topic.status, topic.name, `: INVALID ${topic.error}`));
    } else if (topic.status === 'changed') {
      const verdict = topic.diff?.compatibility ?? 'NONE';
      const from = topic.requiredFrom === 'topic.json' ? 'topic.json' : '--fail-on';
      lines.push(line(topic.status, topic.name, `: ${verdict}, required ${topic.required} (${from})${topic.breaking ? ' BREAKING' : ''}`));
    } else {
      lines.push(line(topic.status, topic.name));
    }
    for (const change of topic.diff?.changes ?? []) {
      const values = change.before !== null || change.after !== null ? `: ${change.before ?? '∅'} → ${change.after ?? '∅'}` : '';
      const breaks = change.breaks.length > 0 ? `  [breaks ${change.breaks.join(', ')}]` : '';
      lines.push(`      ${change.kind.padEnd(19)} ${change.path}${values}${breaks}`);
    }
    for (const warning of topic.warnings) lines.push(`      warning: ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}

export function reviewJson(plan: ReviewPlan, commits: { base: string; head: string; mergeBase: string }): unknown {
  return {
    ...commits,
    outcome: plan.outcome,
    defaultRequired: plan.defaultRequired,
    treeErrors: plan.treeErrors,
    topics: plan.topics.map((topic) => ({
      name: topic.name,
      status: topic.status,
      required: topic.required,
      requiredFrom: topic.requiredFrom,
      levelLowered: topic.levelLowered ?? null,
      compatibility: topic.diff?.compatibility ?? null,
      breaking: topic.breaking,
      error: topic.error ?? null,
      warnings: topic.warnings,
      changes: topic.diff?.changes ?? [],
      incompatibilities: topic.diff?.incompatibilities ?? [],
    })),
  };
}

/**
 * Compares the schema directory of `--head` with that of its merge base with `--base` (what the
 * pull request changes, as `git diff base...head` shows it). Returns the exit code: 1 when the gate fails.
 */
export async function runReview(flags: ReviewFlags, environment: ReviewEnvironment = {}): Promise<number> {
  const write = environment.write ?? ((text: string) => process.stdout.write(text));
  const required = parseRequiredLevel(flags.failOn);
  if (required === undefined) {
    throw new UsageError(`--fail-on: unknown level ${JSON.stringify(flags.failOn)} (BACKWARD, FORWARD, FULL, NONE, or a _TRANSITIVE variant)`);
  }
  const cwd = environment.cwd ?? process.cwd();
  let top: string;
  let prefix: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
  } catch (error) {
    throw new UsageError(`not inside a git repository (${errorMessage(error)})`);
  }
  const dir = normalizeDir(isAbsolute(flags.dir) ? relative(top, flags.dir) : `${prefix}${flags.dir}`);
  const base = await resolveCommit(top, flags.base, '--base');
  const head = await resolveCommit(top, flags.head, '--head');
  let mergeBase = (await git(top, ['merge-base', base, head]).catch(() => '')).trim();
  if (mergeBase === '') {
    const shallow = (await git(top, ['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true';
    process.stderr.write(
      `review: no merge base of ${flags.base} and ${flags.head} in this clone${shallow ? ' (it is shallow: run git fetch --unshallow, or use actions/checkout with fetch-depth: 0)' : ''}; comparing with ${flags.base} itself\n`,
    );
    mergeBase = base;
  }

  const files = await readReviewFiles(localGitSource(top), mergeBase, head, dir);
  const plan = planReview({
    base: files.base,
    head: files.head,
    headProblems: files.problems.head,
    defaultRequired: required,
    acknowledged: flags.allowBreaking === true,
    schemaDir: dir,
  });
  if (flags.format === 'json') {
    write(`${JSON.stringify(reviewJson(plan, { base, head, mergeBase }), null, 2)}\n`);
  } else if (flags.format === 'markdown') {
    // As the action posts it (its marker included), but a breaking change accepted here is by the flag, not a label.
    write(renderReviewMarkdown(plan, { schemaDir: dir, ackLabel: DEFAULT_ACK_LABEL, forComment: true, acknowledgedWith: '<code>--allow-breaking</code>' }));
  } else {
    write(formatReviewText(plan, `review of ${dir || '.'}: ${mergeBase.slice(0, 12)} (merge base of ${flags.base}) → ${head.slice(0, 12)} (${flags.head})`));
  }
  return plan.outcome === 'failed' ? ExitCode.failed : ExitCode.ok;
}

/** `a/./b/` → `a/b`; refuses paths that leave the repository. */
function normalizeDir(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) throw new UsageError(`--dir ${path}: outside the repository`);
      continue;
    }
    segments.push(segment);
  }
  return segments.join('/');
}

export function registerReviewCommand(program: Command, settle: Settle): void {
  program
    .command('review')
    .description('review the schema changes between two git refs (as a pull request would): changes, verdicts, and a compatibility gate')
    .requiredOption('--base <ref>', 'the target branch or commit; the comparison starts at its merge base with --head')
    .option('--head <ref>', 'the proposed branch or commit', 'HEAD')
    .option('-d, --dir <dir>', 'directory of the committed schemas (relative to the current directory)', 'kafka-schemas')
    .option(
      '--fail-on <level>',
      "the level every changed topic must satisfy unless its topic.json sets `compatibility`: BACKWARD (Schema Registry's default), FORWARD, FULL, NONE",
      DEFAULT_REQUIRED_LEVEL,
    )
    .option('--allow-breaking', 'report breaking changes but do not fail (what the acknowledgement label does in the action)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (flags: ReviewFlags) => {
      const code = await runReview(flags);
      if (code !== ExitCode.ok) settle({ status: 'failed', reason: 'the schema review failed (see above)' });
    });
}
