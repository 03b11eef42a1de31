import type { JsonValue } from '../json/value';
import { pythonJsonDumps } from './python-format';
import { makeTagUrn } from './urn';

/** The Avro property DataHub's Kafka source reads tags from (its `schema_tags_field`, default `tags`). */
export const SCHEMA_TAGS_FIELD = 'tags';

/**
 * The tag URNs of an Avro `tags` property, in order and as written (duplicates too), as DataHub's
 * Kafka source makes them: `make_tag_urn(tag_prefix + tag)` with its default prefix ''. Only a
 * list of strings is read. DataHub's source iterates whatever is there: a string becomes one tag
 * per letter, anything else loses every field of the schema; here such a value, and a tag DataHub
 * makes no valid URN of (empty, another entity's URN), is left out with a warning naming `where`.
 */
export function avroTagUrns(value: JsonValue, where: string, warnings: string[]): string[] {
  if (!Array.isArray(value)) {
    warnings.push(`${where}: Avro "${SCHEMA_TAGS_FIELD}" must be a list of strings, ignored (${pythonJsonDumps(value)})`);
    return [];
  }
  const urns: string[] = [];
  for (const tag of value) {
    const urn = typeof tag === 'string' ? makeTagUrn(tag) : undefined;
    if (urn === undefined) warnings.push(`${where}: Avro tag ${pythonJsonDumps(tag)} is not a valid DataHub tag, ignored`);
    else urns.push(urn);
  }
  return urns;
}
