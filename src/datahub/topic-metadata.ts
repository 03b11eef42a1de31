import type { TopicFile } from '../catalog/topic-file';
import { UsageError } from '../util/errors';

/**
 * The user-owned fields of topic.json that become DataHub aspects. Accepted shapes:
 *   owners: "alice" | "urn:li:corpuser:alice" | "urn:li:corpGroup:team"
 *           | "@login" | "@org/team" (GitHub, as in CODEOWNERS; mapped by an OwnerMapping)
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
const OWNER_URN = /^urn:li:(corpuser|corpGroup):[^\s]+$/;

/**
 * How GitHub users and teams in `owners` become DataHub owners: a URN template for `@login`
 * (placeholder `{user}`) and one for `@org/team` (`{org}`, `{team}`).
 */
export interface OwnerMapping {
  user: string;
  team: string;
}

export const DEFAULT_OWNER_MAPPING: OwnerMapping = { user: 'urn:li:corpuser:{user}', team: 'urn:li:corpGroup:{team}' };

/** GitHub's rule for logins (letters, digits, single inner hyphens) and a lenient one for team slugs. */
const GITHUB_USER = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)$/;
const GITHUB_TEAM = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(user|org|team)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/**
 * Reads owner-mapping rules, `@user=<template>` and `@org/team=<template>` (either or both; the
 * other keeps its default), where `what` names the flag or input. A template must give a
 * corpuser or corpGroup URN and may use only its own placeholders.
 */
export function parseOwnerMapping(rules: string[], what: string): OwnerMapping {
  const mapping = { ...DEFAULT_OWNER_MAPPING };
  for (const rule of rules) {
    const match = /^\s*(@user|@org\/team)\s*=\s*(\S+)\s*$/.exec(rule);
    if (!match) throw new UsageError(`${what} ${JSON.stringify(rule)} must be @user=<urn template> or @org/team=<urn template>`);
    const [, kind, template] = match as unknown as [string, string, string];
    const placeholders = kind === '@user' ? ['user'] : ['org', 'team'];
    const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((name) => !placeholders.includes(name));
    if (unknown.length > 0)
      throw new UsageError(`${what} ${JSON.stringify(rule)}: unknown placeholder {${unknown[0]}} (use ${placeholders.map((p) => `{${p}}`).join(', ')})`);
    if (!OWNER_URN.test(fill(template, { user: 'u', org: 'o', team: 't' })) || /[,()]/.test(template)) {
      throw new UsageError(`${what} ${JSON.stringify(rule)}: the template must make a urn:li:corpuser: or urn:li:corpGroup: URN`);
    }
    if (kind === '@user') mapping.user = template;
    else mapping.team = template;
  }
  return mapping;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function ownerUrn(value: unknown, mapping: OwnerMapping): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a non-empty string`);
  if (OWNER_URN.test(value)) return value;
  if (value.startsWith('@')) {
    const user = GITHUB_USER.exec(value);
    if (user) return fill(mapping.user, { user: user[1]! });
    const team = GITHUB_TEAM.exec(value);
    if (team) return fill(mapping.team, { org: team[1]!, team: team[2]! });
    throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a GitHub user (@login) or team (@org/team)`);
  }
  if (value.startsWith('urn:')) throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a urn:li:corpuser: or urn:li:corpGroup: URN`);
  if (!SIMPLE_NAME.test(value)) throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a valid user name`);
  return `urn:li:corpuser:${value}`;
}

function owner(value: unknown, mapping: OwnerMapping): Owner {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { owner: who, type = 'TECHNICAL_OWNER' } = value as { owner?: unknown; type?: unknown };
    if (!(OWNERSHIP_TYPES as readonly unknown[]).includes(type)) {
      throw new TopicMetadataError(`owner type ${JSON.stringify(type)} must be one of ${OWNERSHIP_TYPES.join(', ')}`);
    }
    return { owner: ownerUrn(who, mapping), type: type as OwnershipType };
  }
  return { owner: ownerUrn(value, mapping), type: 'TECHNICAL_OWNER' };
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
export function topicMetadata(topicFile: TopicFile | undefined, ownerMapping: OwnerMapping = DEFAULT_OWNER_MAPPING): TopicMetadata {
  const metadata: TopicMetadata = {};
  if (topicFile === undefined) return metadata;
  if ('owners' in topicFile)
    metadata.owners = unique(
      list(topicFile.owners).map((o) => owner(o, ownerMapping)),
      (o) => `${o.owner} ${o.type}`,
    );
  if ('tags' in topicFile) metadata.tags = unique(list(topicFile.tags).map(tagUrn), (t) => t);
  if ('domain' in topicFile) {
    const domain = domainUrn(topicFile.domain);
    metadata.domains = domain === undefined ? [] : [domain];
  }
  return metadata;
}
