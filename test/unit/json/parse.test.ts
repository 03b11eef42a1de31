import fc from 'fast-check';
import { parseJson } from '../../../src/json/parse';
import { JsonDouble } from '../../../src/json/value';

const rawJson = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON;

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
      .map(([negative, int, frac, exp]) => `${negative ? '-' : ''}${int.replace(/^0+(?=\d)/, '')}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`);
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

  test('invalid JSON throws a SyntaxError', () => {
    expect(() => parseJson('{"a":')).toThrow(SyntaxError);
    expect(() => parseJson('')).toThrow(SyntaxError);
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
