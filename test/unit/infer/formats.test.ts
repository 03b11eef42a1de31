import fc from 'fast-check';
import { isDate, isDateTime, isUuid } from '../../../src/infer/formats';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A string with one character replaced, to land just beside the format. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.nat(), fc.constantFrom('-', 'g', 'G', 'f', 'F', '0', '9', ':', 'T', ' ', 'Z', '\u0660', 'é', ''), fc.boolean())
    .map(([text, at, c, replace]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + c + text.slice(replace ? i + 1 : i);
    });

describe('string formats', () => {
  test('property: the hand-written UUID check is the UUID regex', () => {
    const text = fc.oneof(
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
      mutated(fc.uuid()),
      fc.string({ minLength: 36, maxLength: 36 }),
    );
    fc.assert(
      fc.property(text, (value) => expect(isUuid(value)).toBe(UUID.test(value))),
      { numRuns: 5000 },
    );
  });

  const iso = fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  /** Near misses of every part: hours 20-29, seconds 60-69, zones, fractions, separators. */
  const edges = fc
    .tuple(
      fc.constantFrom('2024-02-29', '0000-00-00', '1999-12-31', '2024-13-01', '2024-10-32', '2024-1-01'),
      fc.constantFrom('T', 't', ' ', '_', ''),
      fc.constantFrom('00', '09', '19', '20', '23', '24', '29', '2', ''),
      fc.constantFrom(':00:', ':59:', ':60:', ':5:'),
      fc.constantFrom('00', '59', '60', '61', '69', '6'),
      fc.constantFrom('', '.', '.1', '.123456789', '.x'),
      fc.constantFrom('Z', 'z', '+01:00', '-23:59', '+24:00', '+01:60', '+0100', '', 'ZZ', '+01:00Z'),
    )
    .map((parts) => parts.join(''));

  test('property: the date-time check is the RFC 3339 regex', () => {
    const text = fc.oneof(
      iso,
      iso.map((s) => s.replace('T', ' ').replace('Z', '+02:00')),
      mutated(iso),
      edges,
      mutated(edges),
    );
    fc.assert(
      fc.property(text, (value) => expect(isDateTime(value)).toBe(DATE_TIME.test(value))),
      { numRuns: 10000 },
    );
  });

  test('property: the hand-written date check is the date regex', () => {
    const date = iso.map((s) => s.slice(0, 10));
    const text = fc.oneof(
      date,
      mutated(date),
      mutated(mutated(date)),
      edges.map((s) => s.slice(0, 10)),
      fc.string({ minLength: 10, maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (value) => expect(isDate(value)).toBe(DATE.test(value))),
      { numRuns: 10000 },
    );
  });
});
