import type { DatasetAspect, TopicAspects } from './aspects';

/** A MetadataChangeProposal as Rest.li's `ingestProposal` takes it: the aspect is a JSON string. */
export interface Proposal {
  entityType: 'dataset' | 'tag';
  entityUrn: string;
  changeType: 'UPSERT';
  aspectName: string;
  aspect: { value: string; contentType: 'application/json' };
  systemMetadata?: SystemMetadata;
}

export interface SystemMetadata {
  lastObserved: number;
  runId: string;
  properties: Record<string, string>;
}

/** The same proposal as DataHub's file sink writes it (`aspect.json` holds the object). */
export interface FileProposal extends Omit<Proposal, 'aspect'> {
  aspect: { json: Record<string, unknown> };
}

export function proposal(urn: string, aspect: DatasetAspect, systemMetadata?: SystemMetadata, entityType: Proposal['entityType'] = 'dataset'): Proposal {
  const result: Proposal = {
    entityType,
    entityUrn: urn,
    changeType: 'UPSERT',
    aspectName: aspect.aspectName,
    aspect: { value: JSON.stringify(aspect.value), contentType: 'application/json' },
  };
  if (systemMetadata) result.systemMetadata = systemMetadata;
  return result;
}

/** The dataset's aspects, then those of the entities it refers to (tags). */
export function topicProposals(topic: TopicAspects, systemMetadata?: SystemMetadata): Proposal[] {
  return [
    ...topic.aspects.map((aspect) => proposal(topic.urn, aspect, systemMetadata)),
    ...(topic.related ?? []).map((related) => proposal(related.urn, related.aspect, systemMetadata, related.entityType)),
  ];
}

export function toFileProposal(rest: Proposal): FileProposal {
  const { aspect, ...rest_ } = rest;
  return { ...rest_, aspect: { json: JSON.parse(aspect.value) as Record<string, unknown> } };
}

/** DataHub's file format for MCPs: a JSON array, one 4-space-indented object per record. */
export function formatProposalFile(proposals: Proposal[]): string {
  if (proposals.length === 0) return '[]\n';
  return `[\n${proposals.map((p) => JSON.stringify(toFileProposal(p), null, 4)).join(',\n')}\n]\n`;
}
