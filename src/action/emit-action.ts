import * as core from '@actions/core';
import { relative, resolve, sep } from 'node:path';
import { changedPathsBetween, topicHasFiles, topicsFromChangedPaths } from '../catalog/changed-topics';
import { listCommittedTopics } from '../catalog/read';
import { formatEmitReport } from '../datahub/report-text';
import { runEmit, type EmitLinks, type EmitOptions, type EmitReport } from '../datahub/emit-run';
import { createGitHubClient, webLink } from '../github/client';
import { lastChangesOfPush, type PushCommit } from '../github/last-changes';
import { escapeMarkdown } from '../github/markdown';
import { UsageError, errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import { DONE, type Outcome } from '../util/outcome';
import { checkClusterName } from '../catalog/layout';
import { checkHttpUrl } from '../util/url';
import { checkIdentity } from '../catalog/cluster-file';
import { parseOwnerMapping } from '../datahub/topic-metadata';
import { actionContext, repositoryOf } from './context';
import { booleanInput, input, listInput, secretInput } from './inputs';

/** The schema directory relative to the checkout, with forward slashes ('.' for the root). */
function schemaDirInRepository(dir: string): string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return (relative(workspace, resolve(dir)) || '.').split(sep).join('/');
}

/** The pushed head commit's timestamp, if the payload has one. */
function headTimestampOf(headCommit: unknown): string | undefined {
  const timestamp = (headCommit as { timestamp?: unknown } | null | undefined)?.timestamp;
  return typeof timestamp === 'string' ? timestamp : undefined;
}

/** Which topics to send: on push, those whose files changed between the pushed commits. */
async function selectTopics(dir: string, full: boolean, logger: Logger): Promise<Pick<EmitOptions, 'topics' | 'deletedTopics' | 'full'> | 'nothing'> {
  const { eventName, payload, sha } = actionContext();
  if (full || eventName !== 'push') return { full: true };
  const before = String(payload.before ?? '');
  const after = String(payload.after ?? sha);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const schemaDir = schemaDirInRepository(dir);
  const paths = await changedPathsBetween(workspace, before, after, schemaDir);
  if (paths === undefined) {
    logger.warn(`the pushed range ${before.slice(0, 12)}..${after.slice(0, 12)} is not in the clone (use fetch-depth: 0); sending every topic`);
    return { full: true };
  }
  const changes = await topicsFromChangedPaths(paths, schemaDir, (cluster, topic) => topicHasFiles(dir, cluster, topic));
  const changed = new Set(changes.changed);
  for (const cluster of changes.clusters) {
    logger.info(`${cluster}/cluster.json changed: sending every topic of cluster ${cluster}`);
    for (const topic of (await listCommittedTopics(dir, cluster)).topics) changed.add(`${cluster}/${topic}`);
  }
  if (changed.size === 0 && changes.deleted.length === 0) return 'nothing';
  return { topics: [...changed].sort(), deletedTopics: changes.deleted };
}

/**
 * On a push, each sent topic links back to its folder on the default branch and to the pull
 * request that last changed it (institutionalMemory). Other runs (full, manual) send no links: the
 * pull request behind each topic is not known there, and DataHub keeps the links it has.
 */
async function linksOfPush(dir: string, topics: string[], logger: Logger): Promise<EmitLinks | undefined> {
  const context = actionContext();
  const { eventName, payload, sha, repo } = context;
  if (eventName !== 'push' || topics.length === 0) return undefined;
  const token = secretInput('github-token');
  if (token === undefined) {
    logger.info("no input 'github-token': the datasets get no links to their folders and pull requests");
    return undefined;
  }
  try {
    const client = createGitHubClient({ token, baseUrl: context.apiUrl }, logger);
    const repository = repositoryOf(context);
    const defaultBranch = String(payload.repository?.default_branch ?? (await client.rest.repos.get(repo)).data.default_branch);
    const schemaDir = schemaDirInRepository(dir);
    const push = {
      after: String(payload.after ?? sha),
      branch: String(payload.ref ?? '').replace(/^refs\/heads\//, ''),
      commits: Array.isArray(payload.commits) ? (payload.commits as PushCommit[]) : [],
      headTimestamp: headTimestampOf(payload.head_commit),
    };
    const changes = await lastChangesOfPush(client, repo, push, schemaDir, topics, logger);
    return {
      treeUrl: webLink(repository, 'tree', defaultBranch, schemaDir === '.' ? '' : schemaDir),
      lastChange: (cluster, topic) => changes.get(`${cluster}/${topic}`),
    };
  } catch (error) {
    logger.warn(`could not work out the links to the repository (${errorMessage(error)}): the datasets' links in DataHub are left as they are`);
    return undefined;
  }
}

function summaryTable(report: EmitReport): string {
  const rows = report.topics.map((t) => {
    const name = escapeMarkdown(t.cluster ? `${t.cluster}/${t.topic}` : t.topic);
    return `| ${name} | ${t.status} | ${t.reason ? escapeMarkdown(t.reason) : ''} |`;
  });
  const errors = report.errors.map((error) => `| | error | ${escapeMarkdown(error)} |`);
  return ['| topic | result | reason |', '| --- | --- | --- |', ...rows, ...errors].join('\n');
}

/** `command: emit`: inputs → the topics a push changed → DataHub (or the output file) → outputs and summary. */
export async function emitFromInputs(logger: Logger): Promise<Outcome> {
  const dir = input('schema-dir') ?? 'kafka-schemas';
  const out = input('output-file');
  const gms = input('datahub-gms-url');
  if (!gms && !out) throw new UsageError("command 'emit' needs input 'datahub-gms-url' (or 'output-file' for a dry run)");
  if (gms) checkHttpUrl(gms, "input 'datahub-gms-url'");
  const cluster = input('cluster');
  if (cluster !== undefined) checkClusterName(cluster, "input 'cluster'");
  const ownerMapping = parseOwnerMapping(listInput('owner-mapping'), "input 'owner-mapping'");
  checkIdentity(
    { env: input('datahub-env'), platformInstance: input('platform-instance') },
    { env: "input 'datahub-env'", platformInstance: "input 'platform-instance'" },
  );
  const selection = await core.group('Select the topics that changed', () => selectTopics(dir, booleanInput('full', false), logger));
  if (selection === 'nothing') {
    core.info('no schema file changed in this push: nothing to emit');
    core.setOutput('emitted-topics', '[]');
    core.setOutput('failed-topics', '[]');
    return DONE;
  }
  const links = await core.group('Links to the repository', () => linksOfPush(dir, selection.topics ?? [], logger));
  const report = await core.group('Emit to DataHub', () =>
    runEmit(
      {
        dir,
        cluster,
        gms,
        token: secretInput('datahub-token'),
        env: input('datahub-env'),
        platformInstance: input('platform-instance'),
        out,
        ownerMapping,
        links,
        ...selection,
      },
      logger,
    ),
  );
  core.info(formatEmitReport(report));
  const names = (ok: boolean) => report.topics.filter((t) => (t.status === 'failed') !== ok).map((t) => (t.cluster ? `${t.cluster}/${t.topic}` : t.topic));
  core.setOutput('emitted-topics', JSON.stringify(names(true)));
  core.setOutput('failed-topics', JSON.stringify(names(false)));
  await core.summary
    .addHeading('DataHub emit', 2)
    .addRaw(`${summaryTable(report)}\n`)
    .write();
  const reasons = [...(names(false).length > 0 ? [`could not emit ${names(false).length} topic(s): ${names(false).join(', ')}`] : []), ...report.errors];
  return reasons.length > 0 ? { status: 'partial', reason: reasons.join('; ') } : DONE;
}
