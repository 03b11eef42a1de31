import type { Logger } from '../util/log';
import { errorMessage } from '../util/errors';
import { httpStatus } from './client';

/** Octokit per-request option: no automatic retry of this request (plugin-retry). */
export const NO_AUTOMATIC_RETRY = { request: { retries: 0 } } as const;

/**
 * Creates something that must exist once (the cluster's pull request, its topics issue).
 * A create can fail after GitHub carried it out (a 502 from a gateway, a dropped connection),
 * so it is never blindly resent: after a failure `find` looks for the thing first, and the
 * create is sent again only when it is not there and the failure was transient (5xx, network).
 */
export async function createOnce<T>(
  what: string,
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  logger: Logger,
  delaysMs: readonly number[] = [1000, 3000],
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const status = httpStatus(error);
      const existing = await find().catch((findError) => {
        logger.debug(`${what}: looking for it after the failure failed too: ${errorMessage(findError)}`);
        return undefined;
      });
      if (existing !== undefined) {
        logger.warn(`${what}: GitHub answered ${status ?? 'with a network error'} (${errorMessage(error)}) but it was done; using it`);
        return existing;
      }
      const transient = status === undefined || status >= 500;
      const delay = delaysMs[attempt];
      if (!transient || delay === undefined) {
        throw new Error(`${what} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${errorMessage(error)}`, { cause: error });
      }
      logger.warn(`${what} failed (${status ?? 'network error'}: ${errorMessage(error)}); not created, retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
