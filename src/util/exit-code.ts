/** Exit codes: 0 done, 1 failed, 2 usage error or no usable input, 3 partial (some topics failed). */
export const ExitCode = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;
