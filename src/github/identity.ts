import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import type { GitHubClient } from './client';

/** Who comments with the workflow's own `GITHUB_TOKEN`. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * The login the token acts as: a user for a PAT, `<app-slug>[bot]` for an App installation token,
 * `github-actions[bot]` for the workflow token. GraphQL's `viewer` answers all three (REST
 * `GET /user` refuses installation tokens). If GitHub cannot say, the workflow token's bot is
 * assumed: only this repository's workflows can write as it, so nothing a stranger wrote is taken
 * for ours, at worst our own earlier comment is not found and a new one is posted.
 */
export async function actingLogin(client: GitHubClient, logger: Logger): Promise<string> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (typeof viewer?.login === 'string' && viewer.login !== '') return viewer.login;
    throw new Error('the answer has no viewer login');
  } catch (error) {
    logger.warn(`could not tell which account the token acts as (${errorMessage(error)}); taking it for ${WORKFLOW_TOKEN_LOGIN}`);
    return WORKFLOW_TOKEN_LOGIN;
  }
}

/** GitHub logins compare case-insensitively. */
export function sameLogin(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
