import { JsonDouble, type JsonValue } from './value';

/**
 * Number literals that plain JSON.parse would not keep exactly, found by two scans that
 * irregexp runs fast (one alternation with a shared prefix, one plain digit run):
 * - a zero fraction or an exponent (`1.0`, `1e3`, `1.5e1`: whole, but doubles by how they
 *   are written). Inside an object or array a literal follows `:`, `,` or `[`, and a zero
 *   fraction ends at a delimiter, so timestamps (`12:00:00.000Z`), UUIDs and hashes inside
 *   strings rarely match;
 * - 16 digits in a row: an integer that may exceed 2^53, or a fraction too long for a double.
 * A match inside a string only sends the text down the exact (slower) path, never to a wrong result.
 */
const DOUBLE_WRITTEN_WHOLE_HINT = /[:,[]\s*-?\d+(?:\.(?:0+(?=[\s,\]}])|\d+[eE])|[eE])/;
const LONG_DIGIT_RUN = /\d{16}/;

/**
 * Parses JSON text exactly (see JsonValue). The common case costs one JSON.parse and two
 * regular-expression scans; texts with such number literals (or that are a bare number) are
 * re-parsed with a reviver that reads each literal's source text (Node ≥ 21).
 */
export function parseJson(text: string): JsonValue {
  const fast = JSON.parse(text) as JsonValue;
  if (typeof fast !== 'number' && !DOUBLE_WRITTEN_WHOLE_HINT.test(text) && !LONG_DIGIT_RUN.test(text)) return fast;
  return JSON.parse(text, reviveExactNumber) as JsonValue;
}

function reviveExactNumber(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  const source = context.source;
  if (source.includes('.') || source.includes('e') || source.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : value;
  if (!Number.isSafeInteger(value)) return BigInt(source);
  return value;
}
