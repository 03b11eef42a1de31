/**
 * Natural order for names people read in lists (`k2` before `k10`): digit runs compare by value.
 * Ties of the collator (case, accents) fall back to code units, so the order never depends on
 * the machine's locale and equal-looking names still sort the same way every run.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
