import type { Outcome } from '../util/outcome';

/**
 * How a command hands its outcome to program.ts, which alone turns it into the exit code
 * (`exitCodeOf`); thrown errors are classified there too (a UsageError is 2, others 1).
 */
export type Settle = (outcome: Outcome) => void;
