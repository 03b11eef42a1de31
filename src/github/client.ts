import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../util/log';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Which repository the action works on, and where its web pages live (for links). */
export interface RepositoryRef {
  owner: string;
  repo: string;
  /** Web base URL, e.g. https://github.com or https://ghes.example.com (GITHUB_SERVER_URL). */
  serverUrl: string;
}

export interface ClientOptions {
  token: string;
  /** REST base URL (GITHUB_API_URL); passed explicitly so GitHub Enterprise Server works. */
  baseUrl: string;
  /** Tests turn the throttle's pacing of writes (1 s apart) off; production keeps it. */
  throttle?: boolean;
  /** Retries of 5xx/transport errors (the plugin's default is 3). */
  retries?: number;
}

const MAX_RATE_LIMIT_RETRIES = 2;

/** Octokit with retries and GitHub's primary/secondary rate limits honoured (retry-after). */
export function createGitHubClient(options: ClientOptions, logger: Logger): GitHubClient {
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      retry: { retries: options.retries ?? 3 },
      throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warn(`GitHub rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warn(`GitHub secondary rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
  // GitHub's own messages ("Server Error") do not say which request failed: name it (route, not URL).
  client.hook.error('request', (error, request) => {
    const route = `${String(request.method)} ${String(request.url)}`;
    if (error instanceof Error && !error.message.startsWith(route)) error.message = `${route}: ${error.message}`;
    throw error;
  });
  return client;
}

/** Web link to a file or folder at a branch, each path segment encoded. */
export function webLink(repository: RepositoryRef, kind: 'blob' | 'tree', ref: string, path: string): string {
  const encode = (text: string) => text.split('/').map(encodeURIComponent).join('/');
  return `${repository.serverUrl.replace(/\/+$/, '')}/${repository.owner}/${repository.repo}/${kind}/${encode(ref)}/${encode(path)}`;
}

/** The HTTP status of an Octokit error, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
