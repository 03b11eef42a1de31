import { JsonDouble, type JsonObject, type JsonValue } from './value';

/**
 * A number literal that plain JSON.parse might not keep exactly, where a literal can start
 * (after `:`, `,` or `[` and optional whitespace). The lookahead accepts only candidates:
 * - an exponent (`1e3`, `1.5e1`): a double by how it is written, maybe whole;
 * - a zero fraction (`1.0`, `10.00`): whole, but a double by how it is written;
 * - 16 digits (and dot) or more: an integer that may exceed 2^53, or a fraction that may round
 *   to a whole number (`999999999999999.99`).
 * Group 1 is the delimiter and whitespace, group 2 the literal as JSON's grammar reads it; a
 * literal ends at whitespace, `,`, `]`, `}` or the end, so digits inside strings such as
 * timestamps (`12:00:00.000Z`), UUIDs and hashes rarely match. When they do
 * (`"t":"x:1.0,"`), see exactPath.
 */
const CANDIDATES = /([:,[]\s*)(?=-?(?:[\d.]{16}|\d+(?:\.\d+)?[eE]|\d+\.0+[\s,\]}]))(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=[\s,\]}]|$)/g;
/** The same test without captures and end check (a superset of CANDIDATES, faster): the common case's only scan. */
const HINT = /[:,[]\s*-?(?:[\d.]{16}|\d+(?:\.(?:0+[\s,\]}]|\d+[eE])|[eE]))/;

/** Sentinels are JSON strings `"\u0000<index>"`: a NUL can only come from the data via this escape. */
const SENTINEL_ESCAPE = '\\u0000';

/**
 * Parses JSON text exactly (see JsonValue): integers beyond 2^53 are `bigint`, whole numbers
 * written with a fraction or exponent are `JsonDouble`, every other number a plain number.
 *
 * The common case costs one JSON.parse and one regular-expression scan (CANDIDATE). A text
 * with candidate literals has each one that is inexact rewritten into a sentinel string, is
 * parsed once more without a reviver, and has the sentinels replaced by their exact values.
 * Rare shapes (a top level that is not an object or array, a `\u0000` in the text, a
 * candidate inside a string) take the reviver, which reads every literal's source (Node ≥ 21).
 */
export function parseJson(text: string): JsonValue {
  let start = 0;
  let first = text.charCodeAt(0);
  while (first === 32 || first === 10 || first === 13 || first === 9) first = text.charCodeAt(++start);
  if (first !== 123 && first !== 91) return parseWithReviver(text); // not `{` or `[`: small or invalid
  if (!HINT.test(text)) return JSON.parse(text) as JsonValue;
  return exactPath(text);
}

/** The exact path for an object or array text with candidate literals. */
function exactPath(text: string): JsonValue {
  if (text.includes(SENTINEL_ESCAPE)) return parseWithReviver(text);
  const exact: Array<JsonDouble | bigint> = [];
  let rewritten = '';
  let copied = 0;
  CANDIDATES.lastIndex = 0;
  for (let match = CANDIDATES.exec(text); match !== null; match = CANDIDATES.exec(text)) {
    const literal = match[2]!;
    const value = exactNumber(literal);
    if (value === undefined) continue;
    const at = match.index + match[1]!.length;
    rewritten += `${text.slice(copied, at)}"${SENTINEL_ESCAPE}${exact.length}"`;
    copied = at + literal.length;
    exact.push(value);
  }
  rewritten += text.slice(copied);
  if (exact.length === 0) return JSON.parse(text) as JsonValue;
  let value: JsonValue;
  try {
    value = JSON.parse(rewritten) as JsonValue;
  } catch {
    // A sentinel put inside a string closes it and leaves `\u0000` outside any string, which
    // is never valid JSON: so a candidate matched inside a string always lands here, as does
    // invalid text (the reviver path then throws JSON.parse's own error).
    return parseWithReviver(text);
  }
  replaceSentinels(value as JsonObject | JsonValue[], exact);
  return value;
}

/** The exact value of a literal when JSON.parse's number is not it; undefined when it is. */
function exactNumber(literal: string): JsonDouble | bigint | undefined {
  const value = Number(literal);
  if (literal.includes('.') || literal.includes('e') || literal.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : undefined;
  return Number.isSafeInteger(value) ? undefined : BigInt(literal);
}

function isSentinel(value: unknown): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 0;
}

/**
 * Puts the exact values in place of their sentinels. Iterative (any depth); stops once every
 * sentinel is replaced (fewer are found when a duplicate key dropped one: then it walks all).
 */
function replaceSentinels(root: JsonObject | JsonValue[], exact: Array<JsonDouble | bigint>): void {
  let left = exact.length;
  const stack: Array<JsonObject | JsonValue[]> = [root];
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const item = container[i];
        if (typeof item === 'object') {
          if (item !== null) stack.push(item as JsonObject | JsonValue[]);
        } else if (isSentinel(item)) {
          container[i] = exact[Number(item.slice(1))]!;
          if (--left === 0) return;
        }
      }
    } else {
      // An own `__proto__` key is a data property: assigning to it sets that property.
      for (const key in container) {
        const item = container[key];
        if (typeof item === 'object') {
          if (item !== null) stack.push(item as JsonObject | JsonValue[]);
        } else if (isSentinel(item)) {
          container[key] = exact[Number(item.slice(1))]!;
          if (--left === 0) return;
        }
      }
    }
  }
}

function parseWithReviver(text: string): JsonValue {
  return JSON.parse(text, reviveExactNumber) as JsonValue;
}

function reviveExactNumber(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  const source = context.source;
  if (source.includes('.') || source.includes('e') || source.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : value;
  if (!Number.isSafeInteger(value)) return BigInt(source);
  return value;
}
