import * as github from '@actions/github';
import type { RepositoryRef } from '../github/client';
import { UsageError } from '../util/errors';

export type ActionContext = typeof github.context;

/**
 * The run's GitHub context (repository, event payload, API and web URLs) as @actions/github
 * parses it from the environment. @actions/github builds its `context` once, at import; a fresh
 * one is built per run, so a process that runs the action more than once (the tests) sees each
 * run's environment.
 */
export function actionContext(): ActionContext {
  const Context = github.context.constructor as new () => ActionContext;
  return new Context();
}

/** The repository the run belongs to, with its web URL (GitHub Enterprise Server included). */
export function repositoryOf(context: ActionContext): RepositoryRef {
  if (!process.env.GITHUB_REPOSITORY) throw new UsageError('GITHUB_REPOSITORY is not set (owner/repo): run inside GitHub Actions');
  const { owner, repo } = context.repo;
  return { owner, repo, serverUrl: context.serverUrl };
}
