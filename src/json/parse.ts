import { JsonDouble, type JsonValue } from './value';

/**
 * Number literals that plain JSON.parse would not keep exactly: 16+ digit runs (may exceed
 * 2^53) and whole numbers written as doubles (`1.0`, `1e3`). The test may also match inside
 * strings; that only sends the text down the exact (slower) path, never to a wrong result.
 */
const INEXACT_NUMBER_HINT = /\d{16}|\d\.0*(?![0-9])|\d[eE]/;

/**
 * Parses JSON text exactly (see JsonValue). The common case costs one JSON.parse; texts
 * with suspicious number literals are re-parsed with a reviver that reads each literal's
 * source text (Node ≥ 21).
 */
export function parseJson(text: string): JsonValue {
  const fast = JSON.parse(text) as JsonValue;
  if (!INEXACT_NUMBER_HINT.test(text)) return fast;
  return JSON.parse(text, reviveExactNumber) as JsonValue;
}

function reviveExactNumber(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  const source = context.source;
  if (/[.eE]/.test(source)) return Number.isInteger(value) ? new JsonDouble(value) : value;
  if (!Number.isSafeInteger(value)) return BigInt(source);
  return value;
}
