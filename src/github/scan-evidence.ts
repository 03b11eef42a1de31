import type { ScanReport } from '../scan/run-scan';
import type { TopicEvidence } from '../scan/topic-evidence';

/** The scan's evidence by topic, for the bodies and the summary (never for files). */
export function evidenceOf(report: ScanReport): Map<string, TopicEvidence> {
  return new Map(report.topics.flatMap((topic) => (topic.evidence ? [[topic.topic, topic.evidence] as const] : [])));
}
