import type { TopicFile } from '../catalog/topic-file';

/**
 * The user-owned fields of topic.json that become DataHub aspects. Accepted shapes:
 *   owners: "alice" | "urn:li:corpuser:alice" | "urn:li:corpGroup:team"
 *           | { "owner": <one of those>, "type": "TECHNICAL_OWNER" | "BUSINESS_OWNER" | ... }
 *           or a list of these (bare names are users; the default type is TECHNICAL_OWNER)
 *   tags:   "pii" | "urn:li:tag:pii", or a list of these
 *   domain: "payments" (becomes urn:li:domain:payments) | "urn:li:domain:<id>"
 */

export const OWNERSHIP_TYPES = [
  'TECHNICAL_OWNER',
  'BUSINESS_OWNER',
  'DATA_STEWARD',
  'NONE',
  'DEVELOPER',
  'DATAOWNER',
  'DELEGATE',
  'PRODUCER',
  'CONSUMER',
  'STAKEHOLDER',
] as const;
export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];

export interface Owner {
  owner: string;
  type: OwnershipType;
}

/** Only the fields topic.json has: an absent field leaves what DataHub has (e.g. set in its UI) alone. */
export interface TopicMetadata {
  owners?: Owner[];
  tags?: string[];
  /** `null` in topic.json clears the domain. */
  domains?: string[];
}

export class TopicMetadataError extends Error {
  override name = 'TopicMetadataError';
}

const SIMPLE_NAME = /^[^\s,()]+$/;

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function ownerUrn(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a non-empty string`);
  if (/^urn:li:(corpuser|corpGroup):[^\s]+$/.test(value)) return value;
  if (value.startsWith('urn:')) throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a urn:li:corpuser: or urn:li:corpGroup: URN`);
  if (!SIMPLE_NAME.test(value)) throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a valid user name`);
  return `urn:li:corpuser:${value}`;
}

function owner(value: unknown): Owner {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { owner: who, type = 'TECHNICAL_OWNER' } = value as { owner?: unknown; type?: unknown };
    if (!(OWNERSHIP_TYPES as readonly unknown[]).includes(type)) {
      throw new TopicMetadataError(`owner type ${JSON.stringify(type)} must be one of ${OWNERSHIP_TYPES.join(', ')}`);
    }
    return { owner: ownerUrn(who), type: type as OwnershipType };
  }
  return { owner: ownerUrn(value), type: 'TECHNICAL_OWNER' };
}

function tagUrn(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TopicMetadataError(`tag ${JSON.stringify(value)} must be a non-empty string`);
  const name = value.startsWith('urn:li:tag:') ? value.slice('urn:li:tag:'.length) : value;
  if (!SIMPLE_NAME.test(name)) throw new TopicMetadataError(`tag ${JSON.stringify(value)} is not a valid tag name`);
  return `urn:li:tag:${name}`;
}

function domainUrn(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new TopicMetadataError(`domain ${JSON.stringify(value)} must be a non-empty string`);
  const id = value.startsWith('urn:li:domain:') ? value.slice('urn:li:domain:'.length) : value;
  if (!SIMPLE_NAME.test(id)) throw new TopicMetadataError(`domain ${JSON.stringify(value)} is not a valid domain id`);
  return `urn:li:domain:${id}`;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** Reads owners, tags and domain from topic.json; throws TopicMetadataError naming what is wrong. */
export function topicMetadata(topicFile: TopicFile | undefined): TopicMetadata {
  const metadata: TopicMetadata = {};
  if (topicFile === undefined) return metadata;
  if ('owners' in topicFile) metadata.owners = unique(list(topicFile.owners).map(owner), (o) => `${o.owner} ${o.type}`);
  if ('tags' in topicFile) metadata.tags = unique(list(topicFile.tags).map(tagUrn), (t) => t);
  if ('domain' in topicFile) {
    const domain = domainUrn(topicFile.domain);
    metadata.domains = domain === undefined ? [] : [domain];
  }
  return metadata;
}
