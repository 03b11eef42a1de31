import type { ScanReport } from '../scan/run-scan';
import type { EvidenceLookup, PackedEvidence } from '../scan/topic-evidence';

/** The scan's evidence by topic, for the bodies and the summary (never for files); unpacked as each topic is looked up. */
export function evidenceOf(report: ScanReport): EvidenceLookup {
  const packed = new Map<string, PackedEvidence>(report.topics.flatMap((topic) => (topic.evidence ? [[topic.topic, topic.evidence] as const] : [])));
  return { get: (topic) => packed.get(topic)?.unpack() };
}
