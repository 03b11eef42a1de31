/** DataHub URNs for Kafka topics and the user-owned metadata around them. */

export const KAFKA_PLATFORM_URN = 'urn:li:dataPlatform:kafka';

/** `urn:li:dataset:(urn:li:dataPlatform:kafka,[<instance>.]<topic>,<ENV>)`, as DataHub's Kafka source builds it. */
export function datasetUrn(topic: string, env: string, platformInstance?: string): string {
  const name = platformInstance ? `${platformInstance}.${topic}` : topic;
  return `urn:li:dataset:(${KAFKA_PLATFORM_URN},${name},${env})`;
}

export function platformInstanceUrn(platformInstance: string): string {
  return `urn:li:dataPlatformInstance:(${KAFKA_PLATFORM_URN},${platformInstance})`;
}

/** The dataset name inside a Kafka dataset URN (`[<instance>.]<topic>`), or undefined for other URNs. */
export function datasetNameOf(urn: string): { name: string; env: string } | undefined {
  const match = /^urn:li:dataset:\(urn:li:dataPlatform:kafka,(.+),([^,()]+)\)$/.exec(urn);
  return match ? { name: match[1]!, env: match[2]! } : undefined;
}

/** Characters DataHub reserves in URN parts (its UrnEncoder's RESERVED_CHARS). */
const RESERVED_URN_CHAR = /[,()\u241F]/;
const RESERVED_URN_CHARS = new RegExp(RESERVED_URN_CHAR.source, 'g');

function percentEncode(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

const TAG_URN_PREFIX = 'urn:li:tag:';

/**
 * DataHub's `make_tag_urn(tag)`: a tag URN as given, else `urn:li:tag:<name>` with the reserved
 * characters percent-encoded (`a,b` → `urn:li:tag:a%2Cb`). Undefined where the SDK raises
 * InvalidUrnError (an empty name, another entity's URN) or would make a URN it cannot read back.
 */
export function makeTagUrn(tag: string): string | undefined {
  if (tag.startsWith(TAG_URN_PREFIX)) return tagName(tag) === undefined ? undefined : tag;
  if (tag === '' || tag.startsWith('urn:li:')) return undefined;
  return `${TAG_URN_PREFIX}${tag.replace(RESERVED_URN_CHARS, percentEncode)}`;
}

/** The name of a tag URN (its `tagKey`), or undefined when it is not one DataHub can read. */
export function tagName(urn: string): string | undefined {
  if (!urn.startsWith(TAG_URN_PREFIX)) return undefined;
  const name = urn.slice(TAG_URN_PREFIX.length);
  return name === '' || RESERVED_URN_CHAR.test(name) ? undefined : name;
}
