import fc from 'fast-check';
import { parseJson, parseJsonTyped } from '../../../src/json/parse';
import { JsonDouble } from '../../../src/json/value';

const rawJson = (JSON as unknown as { rawJSON: (text: string) => unknown }).rawJSON;

/** The reference: JSON.parse with a reviver reading every literal's source (parseJson's former implementation). */
function referenceParse(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) => {
    if (typeof value !== 'number' || context?.source === undefined) return value;
    const source = context.source;
    if (source.includes('.') || source.includes('e') || source.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : value;
    return Number.isSafeInteger(value) ? value : BigInt(source);
  });
}

/**
 * A value written out with every kind told apart (bigint, JsonDouble, -0, own keys in order,
 * prototypes): Jest's equality reads an own `constructor` key as the object's class.
 */
function describeValue(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value instanceof JsonDouble) return `D(${describeValue(value.value)})`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!proto';
    return `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${describeValue((value as Record<string, unknown>)[key])}`)
      .join(',')}}${proto}`;
  }
  return JSON.stringify(value);
}

/** The outcome of a parse: its value, or the class of what it threw. */
function outcome(parse: (text: string) => unknown, text: string): string {
  try {
    return describeValue(parse(text));
  } catch (error) {
    return `threw ${(error as Error).constructor.name}`;
  }
}

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Number literals of every kind, valid or not: big, whole-with-fraction, exponents, long fractions, leading zeros. */
const numberLiteral = fc.oneof(
  fc
    .tuple(
      fc.boolean(),
      digitString(1, 25),
      fc.option(digitString(1, 20)),
      fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digitString(1, 3))),
    )
    .map(([negative, int, frac, exp]) => `${negative ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`),
  fc.constantFrom(
    '1.0',
    '-0.0',
    '10.00',
    '2e3',
    '1E-2',
    '999999999999999.99',
    '0.99999999999999999999',
    '9007199254740993',
    '-9007199254740993',
    '1e400',
    '1e-400',
    '5e-1',
    '0',
    '-0',
    '7',
  ),
);
/** String contents that look like literals after delimiters, with escapes (including the sentinel's own `\u0000`). */
const trickyString = fc
  .array(fc.constantFrom('a', ' ', ':', ',', '[', ']', '}', '1.0', '9007199254740993', '2e3', '\\', '"', '\u0000', '\u0041', 'é', '\n', '12:00:00.000Z'), {
    maxLength: 8,
  })
  .map((parts) => `"${parts.join('')}"`);
const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberLiteral,
    trickyString,
    fc.constantFrom('null', 'true', 'false'),
    fc.tuple(fc.array(fc.tuple(space, tie('value'), space), { maxLength: 4 })).map(([items]) => `[${items.map((item) => item.join('')).join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(trickyString, fc.constantFrom('"__proto__"', '"k"', '"1"', '"constructor"')), space, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([key, gap, value]) => `${key}:${gap}${value}`).join(',')}}`),
  ),
})).value;

/** Runs `check` on arbitrary texts (with surrounding whitespace) and on damaged ones (a character dropped or doubled anywhere). */
function forAnyText(check: (text: string) => void): void {
  fc.assert(
    fc.property(space, jsonText, space, (before, text, after) => check(`${before}${text}${after}`)),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(jsonText, fc.nat(), fc.boolean(), (text, at, drop) => {
      const i = at % (text.length + 1);
      check(drop ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + text.slice(i, i + 1) + text.slice(i));
    }),
    { numRuns: 2000 },
  );
}

describe('parseJson', () => {
  test('integers beyond 2^53 are exact bigints; safe integers stay numbers', () => {
    expect(parseJson('{"a":9007199254740993,"b":-123456789012345678901234,"c":9007199254740991}')).toEqual({
      a: 9007199254740993n,
      b: -123456789012345678901234n,
      c: 9007199254740991,
    });
  });

  test('whole numbers written with a fraction or exponent are JsonDouble; others plain numbers', () => {
    const value = parseJson('[1.0, 2e3, -0.0, 1.5e1, 1.5, 3, 1E-2, 10.00]') as unknown[];
    expect(value).toEqual([new JsonDouble(1), new JsonDouble(2000), new JsonDouble(-0), new JsonDouble(15), 1.5, 3, 0.01, new JsonDouble(10)]);
    expect(parseJson('1.0')).toEqual(new JsonDouble(1));
    expect(parseJson(' 7e0')).toEqual(new JsonDouble(7));
  });

  test('digits inside strings never change values', () => {
    const text = '{"u":"123e4567-e89b-12d3-a456-426614174000","t":"x:1.0","n":"12345678901234567890","k":1}';
    expect(parseJson(text)).toEqual({ u: '123e4567-e89b-12d3-a456-426614174000', t: 'x:1.0', n: '12345678901234567890', k: 1 });
  });

  test('__proto__ is an own key, not a prototype', () => {
    const value = parseJson('{"__proto__":{"x":1.0}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  test('property: the fast path never misses a literal the exact path reads differently', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const literal = fc
      .tuple(fc.boolean(), digits(1, 25), fc.option(digits(1, 20)), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 3))))
      .map(
        ([negative, int, frac, exp]) =>
          `${negative ? '-' : ''}${int.replace(/^0+(?=\d)/, '')}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`,
      );
    const space = fc.constantFrom('', ' ', '\n', '\t ');
    fc.assert(
      fc.property(literal, space, space, fc.boolean(), (text, before, after, inArray) => {
        const json = inArray ? `[0,${before}${text}${after}]` : `{"k":${before}${text}${after}}`;
        const exact = JSON.parse(json, (_, value: unknown, context?: { source?: string }) => {
          if (typeof value !== 'number' || context?.source === undefined) return value;
          if (/[.eE]/.test(context.source)) return Number.isInteger(value) ? new JsonDouble(value) : value;
          return Number.isSafeInteger(value) ? value : BigInt(context.source);
        }) as unknown;
        expect(parseJson(json)).toEqual(exact);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: identical to the reviver reference on any text, valid or not (strings, escapes, duplicate keys, whitespace)', () => {
    forAnyText((text) => expect(outcome(parseJson, text)).toBe(outcome(referenceParse, text)));
  });

  test('examples: candidates inside strings, sentinel look-alikes, duplicate keys, rounding fractions', () => {
    for (const text of [
      '{"t":"x:1.0,","n":9007199254740993}',
      '{"t":"[9007199254740993]","n":1.0}',
      '{"s":"\\u0000","n":1.0}',
      '{"s":"\u00000","n":1.0}',
      '{"a":1.0,"a":2}',
      '{"a":2,"a":1.0}',
      '{"a":{"b":1.0},"a":5,"c":[1e3]}',
      '[999999999999999.99, 0.99999999999999999999, 1e400, 1e-400]',
      '{"__proto__":9007199254740993,"constructor":[2.0]}',
      '[01.0]',
      '[1.0x]',
      '  {"a" : 1.0 }  ',
      '\n[\t-0.0\r\n]',
    ]) {
      expect([text, outcome(parseJson, text)]).toStrictEqual([text, outcome(referenceParse, text)]);
    }
  });

  test('invalid JSON throws a SyntaxError', () => {
    expect(() => parseJson('{"a":')).toThrow(SyntaxError);
    expect(() => parseJson('')).toThrow(SyntaxError);
    // A flagged literal in key position must not become a (valid) string key.
    expect(() => parseJson('{"a":1, 12345678901234567890 :2}')).toThrow(SyntaxError);
    expect(() => parseJson('{"a":1, 1e5 :2}')).toThrow(SyntaxError);
    expect(() => parseJson('{"a":"x:12345678901234567890}')).toThrow(SyntaxError);
  });

  test('property: agrees with JSON.parse wherever JSON.parse is exact, and round-trips big integers', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = parseJson(text);
        expect(JSON.stringify(parsed, (_, v: unknown) => (typeof v === 'bigint' ? rawJson(v.toString()) : v))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }), (big) => {
        const parsed = parseJson(`{"n":${big}}`) as { n: number | bigint };
        expect(BigInt(parsed.n)).toBe(big);
        expect(typeof parsed.n).toBe(big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER) ? 'bigint' : 'number');
      }),
    );
  });
});

/**
 * What parseJsonTyped promises: parseJson's outcome, except that an integer beyond 2^53 may be
 * the rounded number, never across 2^63 (so the Avro type stays). Both outcomes are written
 * with such integers replaced by their type: `long` within 64 bits, `beyond` past them.
 */
function typedOutcome(parse: (text: string) => unknown, text: string): string {
  const LONG = 2n ** 63n;
  const typeOf = (integer: bigint) => (integer >= -LONG && integer < LONG ? '<long>' : '<beyond>');
  const normalize = (value: unknown): unknown => {
    if (typeof value === 'bigint') return typeOf(value);
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      // A rounded literal: exactly ±2^63 would be ambiguous, so parseJsonTyped must never return it.
      if (Math.abs(value) === 2 ** 63) return '<ambiguous 2^63>';
      return typeOf(BigInt(value));
    }
    if (Array.isArray(value)) return value.map(normalize);
    if (value instanceof JsonDouble) return value;
    if (typeof value === 'object' && value !== null) {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: normalize((value as Record<string, unknown>)[key]), enumerable: true });
      return copy;
    }
    return value;
  };
  return outcome((text) => normalize(parse(text)), text);
}

describe('parseJsonTyped', () => {
  test('property: the exact values, or integers rounded where the rounding keeps the Avro type, on any text', () => {
    forAnyText((text) => expect(typedOutcome(parseJsonTyped, text)).toBe(typedOutcome(referenceParse, text)));
  });

  test('property: integers near ±2^63 and long fractions keep their type', () => {
    const LONG = 2n ** 63n;
    const nearEdge = fc.oneof(
      fc.bigInt({ min: LONG - 4096n, max: LONG + 4096n }),
      fc.bigInt({ min: -LONG - 4096n, max: -LONG + 4096n }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    );
    fc.assert(
      fc.property(nearEdge, fc.option(digitString(1, 6)), (integer, fraction) => {
        const text = `{"n":${integer}${fraction === null ? '' : `.${fraction}`},"s":"x"}`;
        expect(typedOutcome(parseJsonTyped, text)).toBe(typedOutcome(referenceParse, text));
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: whole doubles in values and in strings, big ids on the plain path', () => {
    for (const text of [
      '{"id":9007199254740993,"amount":102.0}',
      '{"id":9223372036854775807}',
      '{"id":9223372036854775808}',
      '{"id":-9223372036854775808,"s":"1.0"}',
      '{"t":"x:1.0,","n":2.0}',
      '{"t":"x: 1e5]","n":[1e5, 2.5e1, 1.5]}',
      '[4503599627370496.5, 9007199254740993.5, 1.00000000000000001, 12345678901234567890]',
      '{"s":"\u0000","n":1.0}',
      '{"a":1, 1e5 :2}',
      // Whitespace of every kind between a literal and its delimiter (the hint reads the character after the fraction).
      '[1.0\n, 2.00\t,3.0\r\n, -4.0 ]',
      '{"a":1.0\n}',
      '[12345678901234567.5\n, 1.00000000000000001\t]',
      '{"t":"2024-01-01T00:00:00.000Z","n":7.0}',
    ]) {
      expect([text, typedOutcome(parseJsonTyped, text)]).toStrictEqual([text, typedOutcome(referenceParse, text)]);
    }
    expect(parseJsonTyped('{"id":9007199254740993}')).toEqual({ id: 9007199254740992 }); // the plain path: rounded, still a long
  });
});
