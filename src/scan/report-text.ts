import type { ScanReport } from './run-scan';
import type { VanishedRemoval } from './vanished';

/**
 * The scan report as text lines, for the CLI's stdout and the Action's log; `removal`: what the
 * CLI did with the vanished topics' folders (the Action's pull request says it there).
 */
export function formatScanReport(report: ScanReport, removal?: VanishedRemoval): string {
  const lines: string[] = [];
  const count = (status: string) => report.topics.filter((topic) => topic.status === status).length;
  lines.push(
    `cluster ${report.cluster}: ${report.topics.length} topic(s) scanned into ${report.dir}/${report.cluster}: ` +
      `${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${count('failed')} failed` +
      (report.vanished.length > 0 ? `, ${report.vanished.length} vanished` : ''),
  );
  for (const topic of report.topics) {
    const formats = topic.valueFormat ? ` (key ${topic.keyFormat ?? 'none'}, value ${topic.valueFormat}, ${topic.records} records)` : '';
    const detail = topic.status === 'failed' ? `: ${topic.error}` : formats;
    lines.push(`  ${topic.status.padEnd(9)} ${topic.topic}${detail}`);
    for (const warning of topic.warnings) lines.push(`            warning: ${warning}`);
    for (const note of topic.notes ?? []) lines.push(`            note: ${note}`);
  }
  const removed = new Set(removal?.removed ?? []);
  for (const topic of report.vanished) {
    const what = removed.has(topic)
      ? `no longer in the cluster: removed ${report.dir}/${report.cluster}/${topic}/`
      : `committed, no longer in the cluster${removal ? '; folder kept' : ''}`;
    lines.push(`  ${'vanished'.padEnd(9)} ${topic} (${what})`);
  }
  if (removal?.reason !== undefined) lines.push(`  vanished folders kept: ${removal.reason}`);
  if (report.clusterFileWritten) lines.push(`  wrote ${report.dir}/${report.cluster}/cluster.json (the cluster's DataHub identity)`);
  return `${lines.join('\n')}\n`;
}
