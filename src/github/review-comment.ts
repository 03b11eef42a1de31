import type { Logger } from '../util/log';
import { httpStatus, type GitHubClient } from './client';
import type { RepoCoordinates } from './git-tree';
import { REVIEW_MARKER } from './review-markdown';

export type CommentOperation = 'created' | 'updated' | 'unchanged' | 'none' | 'forbidden';

export interface CommentResult {
  operation: CommentOperation;
  id?: number;
  url?: string;
}

/** Our sticky comment on a pull request: the first one carrying the marker, over all pages. */
export async function findReviewComment(
  client: GitHubClient,
  repo: RepoCoordinates,
  pullNumber: number,
): Promise<{ id: number; body: string; url: string } | undefined> {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: pullNumber, per_page: 100 })) {
    const found = page.data.find((comment) => comment.body?.includes(REVIEW_MARKER));
    if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
  }
  return undefined;
}

/**
 * Creates or updates (PATCH) the sticky comment. With `createIfMissing` false (nothing to review)
 * an existing comment is still brought up to date, but no new one is posted. A 403 (a token that
 * may not comment) is reported as `forbidden` rather than thrown, so the caller can fall back.
 */
export async function syncReviewComment(
  client: GitHubClient,
  repo: RepoCoordinates,
  pullNumber: number,
  body: string,
  createIfMissing: boolean,
  logger: Logger,
): Promise<CommentResult> {
  try {
    const existing = await findReviewComment(client, repo, pullNumber);
    if (existing) {
      if (existing.body === body) return { operation: 'unchanged', id: existing.id, url: existing.url };
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      logger.info(`updated the review comment ${data.html_url}`);
      return { operation: 'updated', id: data.id, url: data.html_url };
    }
    if (!createIfMissing) return { operation: 'none' };
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: pullNumber, body });
    logger.info(`posted the review comment ${data.html_url}`);
    return { operation: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 403) {
      logger.warn('the token may not comment on this pull request (403); the review is in the job summary only');
      return { operation: 'forbidden' };
    }
    throw error;
  }
}
