import { JsonDouble, type JsonValue } from './value';

/**
 * Number literals that plain JSON.parse would not keep exactly: 16+ digit integers (may
 * exceed 2^53), and numbers written with a fraction or an exponent that may be whole as a
 * double (`1.0`, `1e3`, `1.5e1`, 16+ digits before or after the point). Inside an object or array a literal
 * follows `:`, `,` or `[` and is followed by a delimiter, so the digits of timestamps
 * (`12:00:00.000Z`), UUIDs and hashes inside strings rarely match. A match inside a string
 * only sends the text down the exact (slower) path, never to a wrong result.
 */
const INEXACT_NUMBER_HINT = /[:,[]\s*-?(?:\d{16,}(?:\.\d+)?|\d+\.0+|\d+\.\d{16,}|\d+(?:\.\d+)?[eE][+-]?\d+)(?=[\s,\]}]|$)/;

/**
 * Parses JSON text exactly (see JsonValue). The common case costs one JSON.parse and one
 * regular-expression scan; texts with such number literals (or that are a bare number) are
 * re-parsed with a reviver that reads each literal's source text (Node ≥ 21).
 */
export function parseJson(text: string): JsonValue {
  const fast = JSON.parse(text) as JsonValue;
  if (typeof fast !== 'number' && !INEXACT_NUMBER_HINT.test(text)) return fast;
  return JSON.parse(text, reviveExactNumber) as JsonValue;
}

function reviveExactNumber(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  const source = context.source;
  if (source.includes('.') || source.includes('e') || source.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : value;
  if (!Number.isSafeInteger(value)) return BigInt(source);
  return value;
}
