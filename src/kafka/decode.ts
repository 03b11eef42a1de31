import { JsonDepthError, parseJsonTyped } from '../json/parse';
import type { JsonValue } from '../json/value';

/** What one key or value is, as far as the scout can tell from its bytes. */
export type DecodedPayload =
  | { kind: 'null' }
  | { kind: 'json'; value: JsonValue; /** the text, kept only for scalars (a text topic may hold `42`) */ text?: string }
  | { kind: 'text'; value: string }
  | { kind: 'bytes'; length: number }
  | { kind: 'confluent'; schemaId: number; payload: Buffer }
  /** JSON nested deeper than MAX_JSON_DEPTH: left out of inference. */
  | { kind: 'too-deep' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Control characters other than tab, newline and carriage return mark text as binary. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Texts that can be JSON start (after whitespace) with one of these. */
const JSON_START = /^[\s]*[{["0-9tfn-]/;

/**
 * Classifies a payload: tombstone (null), Confluent wire format (magic byte 0 and a 4-byte
 * schema id), JSON (UTF-8, BOM tolerated, exact numbers; or too deep to read), plain UTF-8
 * text, or raw bytes.
 * A Confluent schema id in the `__key_schema_id` / `__value_schema_id` header form is
 * recognised by the caller (decodeRecordPayload).
 */
export function decodePayload(bytes: Buffer | null): DecodedPayload {
  if (bytes === null) return { kind: 'null' };
  if (bytes.length >= 5 && bytes[0] === 0) {
    return { kind: 'confluent', schemaId: bytes.readInt32BE(1), payload: bytes.subarray(5) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a leading BOM
  } catch {
    return { kind: 'bytes', length: bytes.length };
  }
  if (JSON_START.test(text)) {
    try {
      const value = parseJsonTyped(text);
      return typeof value === 'object' && value !== null ? { kind: 'json', value } : { kind: 'json', value, text };
    } catch (error) {
      if (error instanceof JsonDepthError) return { kind: 'too-deep' };
      // not JSON: plain text below
    }
  }
  if (BINARY_CONTROL.test(text)) return { kind: 'bytes', length: bytes.length };
  return { kind: 'text', value: text };
}

const KEY_SCHEMA_ID_HEADER = '__key_schema_id';
const VALUE_SCHEMA_ID_HEADER = '__value_schema_id';

/** The schema id carried in a header by newer Confluent serializers, if any. */
export function headerSchemaId(headers: Record<string, unknown>, part: 'key' | 'value'): number | undefined {
  const raw = headers[part === 'key' ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER]; // constant keys: looked up on every record
  const buffer: unknown = Array.isArray(raw) ? (raw as unknown[])[0] : raw;
  if (!Buffer.isBuffer(buffer)) return undefined;
  if (buffer.length === 4) return buffer.readInt32BE(0);
  if (buffer.length === 5 && buffer[0] === 0) return buffer.readInt32BE(1);
  return -1; // GUID-based ids: recognised as Confluent, not resolved
}

/**
 * The JSON container after a Confluent header (the JSON Schema serializer writes plain UTF-8
 * JSON there), or undefined when the payload is not one (Avro and Protobuf are binary).
 */
export function decodeFramedJson(payload: Buffer): JsonValue | undefined {
  const first = payload.length > 0 ? payload[0]! : 0;
  // `{`, `[`, or whitespace / a BOM before them: anything else is not a JSON container.
  if (first !== 0x7b && first !== 0x5b && first !== 0x20 && first !== 0x0a && first !== 0x0d && first !== 0x09 && first !== 0xef) return undefined;
  try {
    const value = parseJsonTyped(utf8.decode(payload));
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
