import type { PayloadFormat } from '../catalog/topic-file';
import type { JsonValue } from '../json/value';
import { decodeFramedJson, type DecodedPayload } from './decode';

/**
 * How a topic's keys (or values) are encoded, decided over the whole sample:
 * - Confluent-framed payloads (magic byte 0 + schema id, or the schema id header) at least half
 *   of the non-null ones → `confluent` (wire format; the schema type needs the registry). Fewer
 *   are binary that happens to start with a zero byte (1 in 256 random payloads): bytes;
 * - JSON objects/arrays in the sample (some maybe too deep to read) → `json` (texts and bytes
 *   that are not JSON are reported as undecodable and left out of inference);
 * - otherwise texts present → `string` (JSON scalars like `42` in a text topic are text too);
 * - otherwise bytes → `bytes`; nothing but tombstones or nothing at all → `empty`.
 */
export interface FormatVerdict {
  format: PayloadFormat;
  /** JSON values to infer from (format json), or texts as JSON strings (format string). */
  values: JsonValue[];
  /** Number of tombstones (null payloads). */
  nulls: number;
  /** Payloads that do not fit the chosen format. */
  undecodable: number;
  confluentSchemaIds: number[];
  /** Format confluent: the framed payloads that are JSON containers (JSON Schema serializer), in order. */
  framedJson?: JsonValue[];
  /** Format confluent: how many payloads were framed. */
  framedTotal?: number;
}

export function decideFormat(payloads: DecodedPayload[]): FormatVerdict {
  let containers = 0;
  let texts = 0;
  let bytes = 0;
  let nulls = 0;
  let framed = 0;
  let tooDeep = 0;
  const ids = new Set<number>();
  for (const payload of payloads) {
    if (payload.kind === 'null') nulls++;
    else if (payload.kind === 'bytes') bytes++;
    else if (payload.kind === 'text') texts++;
    else if (payload.kind === 'too-deep') tooDeep++;
    else if (payload.kind === 'confluent') {
      framed++;
      ids.add(payload.schemaId);
    } else if (typeof payload.value === 'object' && payload.value !== null) containers++;
  }
  const nonNull = payloads.length - nulls;
  if (framed > 0 && framed * 2 >= nonNull) {
    const confluentSchemaIds = [...ids].sort((a, b) => a - b);
    const framedJson: JsonValue[] = [];
    for (const payload of payloads) {
      if (payload.kind !== 'confluent') continue;
      const value = decodeFramedJson(payload.payload);
      if (value !== undefined) framedJson.push(value);
    }
    return { format: 'confluent', values: [], nulls, undecodable: nonNull - framed, confluentSchemaIds, framedJson, framedTotal: framed };
  }
  bytes += framed;
  const confluentSchemaIds: number[] = [];
  if (containers + tooDeep > 0) {
    const values: JsonValue[] = [];
    for (const payload of payloads) if (payload.kind === 'json') values.push(payload.value);
    return { format: 'json', values, nulls, undecodable: texts + bytes, confluentSchemaIds };
  }
  if (texts > 0) {
    const values: JsonValue[] = [];
    for (const payload of payloads) {
      if (payload.kind === 'text') values.push(payload.value);
      else if (payload.kind === 'json') values.push(payload.text ?? '');
    }
    return { format: 'string', values, nulls, undecodable: bytes, confluentSchemaIds };
  }
  if (bytes > 0) return { format: 'bytes', values: [], nulls, undecodable: nonNull - bytes, confluentSchemaIds };
  if (nonNull > 0) {
    // Only JSON scalars (numbers, booleans, quoted strings): JSON all the same.
    const values = payloads.flatMap((payload) => (payload.kind === 'json' ? [payload.value] : []));
    return { format: 'json', values, nulls, undecodable: 0, confluentSchemaIds };
  }
  return { format: 'empty', values: [], nulls, undecodable: 0, confluentSchemaIds };
}
