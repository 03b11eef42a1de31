/** A mistake in how the tool was called (bad flag, missing input): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
