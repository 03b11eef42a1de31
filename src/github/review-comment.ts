import type { Logger } from '../util/log';
import { httpStatus, type GitHubClient } from './client';
import type { RepoCoordinates } from './git-tree';
import { sameLogin } from './identity';
import { REVIEW_MARKER } from './review-markdown';

export type CommentOperation = 'created' | 'updated' | 'unchanged' | 'none' | 'forbidden';

export interface CommentResult {
  operation: CommentOperation;
  id?: number;
  url?: string;
  /** Comments by other accounts that carry the marker: ignored, named in the job summary. */
  impostors?: Array<{ author: string; url: string }>;
}

interface FoundComments {
  ours?: { id: number; body: string; url: string };
  impostors: Array<{ author: string; url: string }>;
}

/**
 * Our sticky comment on a pull request: the first one carrying the marker that `author` (the
 * account the token acts as) wrote, over all pages. Anyone can paste the marker into a comment
 * with a fake verdict; such comments are never edited nor taken for the review.
 */
export async function findReviewComment(client: GitHubClient, repo: RepoCoordinates, pullNumber: number, author: string): Promise<FoundComments> {
  const found: FoundComments = { impostors: [] };
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: pullNumber, per_page: 100 })) {
    for (const comment of page.data) {
      if (!comment.body?.includes(REVIEW_MARKER)) continue;
      if (!sameLogin(comment.user?.login, author)) found.impostors.push({ author: comment.user?.login ?? '(deleted account)', url: comment.html_url });
      else found.ours ??= { id: comment.id, body: comment.body, url: comment.html_url };
    }
  }
  return found;
}

/**
 * Creates or updates (PATCH) the sticky comment of `author`. With `createIfMissing` false (nothing to review)
 * an existing comment is still brought up to date, but no new one is posted. A 403 (a token that
 * may not comment) is reported as `forbidden` rather than thrown, so the caller can fall back.
 */
export async function syncReviewComment(
  client: GitHubClient,
  repo: RepoCoordinates,
  pullNumber: number,
  body: string,
  createIfMissing: boolean,
  author: string,
  logger: Logger,
): Promise<CommentResult> {
  try {
    const { ours: existing, impostors } = await findReviewComment(client, repo, pullNumber, author);
    for (const impostor of impostors) logger.warn(`ignoring a comment by ${impostor.author} that imitates the review (${impostor.url})`);
    if (existing) {
      if (existing.body === body) return { operation: 'unchanged', id: existing.id, url: existing.url, impostors };
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      logger.info(`updated the review comment ${data.html_url}`);
      return { operation: 'updated', id: data.id, url: data.html_url, impostors };
    }
    // A forged comment claims a verdict: the real review is posted whether or not anything changed.
    if (!createIfMissing && impostors.length === 0) return { operation: 'none', impostors };
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: pullNumber, body });
    logger.info(`posted the review comment ${data.html_url}`);
    return { operation: 'created', id: data.id, url: data.html_url, impostors };
  } catch (error) {
    if (httpStatus(error) === 403) {
      logger.warn('the token may not comment on this pull request (403); the review is in the job summary only');
      return { operation: 'forbidden' };
    }
    throw error;
  }
}
