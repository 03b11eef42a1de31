import type { ScanReport } from './run-scan';

/** The scan report as text lines, for the CLI's stdout and the Action's log. */
export function formatScanReport(report: ScanReport): string {
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
  for (const topic of report.vanished) lines.push(`  ${'vanished'.padEnd(9)} ${topic} (committed, no longer in the cluster)`);
  if (report.clusterFileWritten) lines.push(`  wrote ${report.dir}/${report.cluster}/cluster.json (the cluster's DataHub identity)`);
  return `${lines.join('\n')}\n`;
}
