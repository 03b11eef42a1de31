import { relative, resolve, sep } from 'node:path';
import { CLUSTER_FILE } from '../catalog/cluster-file';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE } from '../catalog/layout';
import { listCommittedTopics } from '../catalog/read';
import { readTreeFile, treeFolder } from '../catalog/safe-fs';
import { DEFAULT_MAX_VANISHED_PERCENT, DEFAULT_SCAN_BRANCH_PREFIX } from '../github/publish-scan';
import { previewScan } from '../github/scan-preview';
import type { ScanReport } from '../scan/run-scan';
import { UsageError } from '../util/errors';

export interface MarkdownPreviewOptions {
  dir: string;
  /** `owner/repo`, for the links. */
  repository: string;
  serverUrl: string;
  baseBranch: string;
}

const TOPIC_FILES = [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE];

/** The cluster folder as committed on disk (the dry run wrote nothing), relative path → text. */
async function committedFolder(dir: string, cluster: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const clusterFolder = await treeFolder(dir, [cluster]);
  if (clusterFolder === undefined) return files;
  const clusterFile = await readTreeFile(clusterFolder, CLUSTER_FILE);
  if (clusterFile !== undefined) files.set(CLUSTER_FILE, clusterFile);
  for (const topic of (await listCommittedTopics(dir, cluster)).topics) {
    const folder = await treeFolder(dir, [cluster, topic]);
    if (folder === undefined) continue;
    for (const name of TOPIC_FILES) {
      const text = await readTreeFile(folder, name);
      if (text !== undefined) files.set(`${topic}/${name}`, text);
    }
  }
  return files;
}

/**
 * What `scan` in the action would post for this dry run — pull request title and body, topics
 * issue, job summary — rendered by the same functions, each under a `==> … <==` line.
 */
export async function renderScanMarkdown(report: ScanReport, planned: ReadonlyMap<string, string>, options: MarkdownPreviewOptions): Promise<string> {
  const [owner, repo, ...rest] = options.repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new UsageError(`--repository must be owner/repo, got ${JSON.stringify(options.repository)}`);
  const base = await committedFolder(options.dir, report.cluster);
  // What the scan's branch would hold for the topics it read: their committed files, overwritten by the scan's.
  const local = new Map<string, string>();
  if (base.has(CLUSTER_FILE)) local.set(CLUSTER_FILE, base.get(CLUSTER_FILE)!);
  for (const outcome of report.topics) {
    if (outcome.status === 'failed') continue;
    for (const name of TOPIC_FILES) {
      const path = `${outcome.topic}/${name}`;
      const text = planned.get(path) ?? base.get(path);
      if (text !== undefined) local.set(path, text);
    }
  }
  const folder = relative(process.cwd(), resolve(options.dir, report.cluster)).split(sep).join('/');
  const preview = previewScan({
    report,
    repository: { owner, repo, serverUrl: options.serverUrl },
    clusterFolder: folder,
    branch: `${DEFAULT_SCAN_BRANCH_PREFIX}${report.cluster}`,
    baseBranch: options.baseBranch,
    title: `Kafka schemas: cluster ${report.cluster}`,
    base,
    local,
    maxVanishedPercent: DEFAULT_MAX_VANISHED_PERCENT,
  });
  const pending = preview.topics.length > 0;
  return [
    `==> pull request title <==\n${pending ? preview.title : '(no pull request: nothing differs from the committed files)'}\n`,
    `==> pull request body <==\n${pending ? preview.body : ''}`,
    `==> topics issue <==\n${preview.issue ?? '(nothing pending: no issue)\n'}`,
    `==> job summary <==\n${preview.summary}`,
  ].join('\n');
}
