import fc from 'fast-check';
import { isDateTime, isUuid } from '../../../src/infer/formats';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A string with one character replaced, to land just beside the format. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.nat(), fc.constantFrom('-', 'g', 'G', 'f', 'F', '0', '9', ':', 'T', ' ', 'Z', '\u0660', 'é', ''), fc.boolean()).map(([text, at, c, replace]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + c + text.slice(replace ? i + 1 : i);
  });

describe('string formats', () => {
  test('property: the hand-written UUID check is the UUID regex', () => {
    const text = fc.oneof(fc.uuid(), fc.uuid().map((u) => u.toUpperCase()), mutated(fc.uuid()), fc.string({ minLength: 36, maxLength: 36 }));
    fc.assert(fc.property(text, (value) => expect(isUuid(value)).toBe(UUID.test(value))), { numRuns: 5000 });
  });

  test('property: the date-time pre-checks never reject what the regex accepts', () => {
    const iso = fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    const text = fc.oneof(iso, iso.map((s) => s.replace('T', ' ').replace('Z', '+02:00')), mutated(iso));
    fc.assert(fc.property(text, (value) => expect(isDateTime(value)).toBe(DATE_TIME.test(value))), { numRuns: 5000 });
  });
});
