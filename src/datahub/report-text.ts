import type { EmitReport } from './emit-run';

/** The emit report as text lines, for the CLI's stdout and the Action's log. */
export function formatEmitReport(report: EmitReport): string {
  const count = (status: string) => report.topics.filter((t) => t.status === status).length;
  const lines = [
    `${report.mode === 'file' ? 'wrote' : 'sent'} ${report.proposals} proposal(s) to ${report.target}: ` +
      `${count(report.mode === 'file' ? 'written' : 'sent')} topic(s) ok, ${count('removed')} soft-deleted, ${count('failed')} failed` +
      (report.mode === 'rest' ? ` (${report.requests} requests, ${report.bytes} bytes)` : ''),
  ];
  for (const t of report.topics) {
    const name = t.cluster ? `${t.cluster}/${t.topic}` : t.topic;
    lines.push(`  ${t.status.padEnd(8)} ${name}${t.reason ? `: ${t.reason}` : ''}`);
  }
  for (const error of report.errors) lines.push(`  ${'error'.padEnd(8)} ${error}`);
  if (report.drift) {
    for (const topic of report.drift.missingInDataHub) lines.push(`  missing in DataHub:     ${topic}`);
    for (const topic of report.drift.missingInRepository) lines.push(`  missing in repository:  ${topic}`);
  }
  return `${lines.join('\n')}\n`;
}
