import fc from 'fast-check';

/**
 * Property tests run the same inputs on every run (the suite is deterministic: a failure is a
 * bug to fix, never a reason to rerun). FC_SEED explores other inputs on purpose.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
