import { GitHubStandin, StandinRejection, validateRequest } from '../../support/github-standin';

const q = (query: Record<string, string> = {}) => new URLSearchParams(query);

function rejection(run: () => unknown): StandinRejection {
  try {
    run();
  } catch (error) {
    if (error instanceof StandinRejection) return error;
    throw error;
  }
  throw new Error('expected the request to be rejected');
}

describe('stand-in request validation against the OpenAPI description', () => {
  it('accepts a well-formed request and names its operation', () => {
    const matched = validateRequest('POST', '/repos/acme/schemas/pulls', q(), { title: 't', head: 'b', base: 'main', body: 'x' });
    expect(matched.operationId).toBe('pulls/create');
  });

  it('rejects POST pulls without head', () => {
    const error = rejection(() => validateRequest('POST', '/repos/acme/schemas/pulls', q(), { title: 't', base: 'main' }));
    expect(error.status).toBe(422);
    expect(error.errors.join()).toMatch(/head/);
  });

  it('rejects a body field the operation does not declare (labels on POST pulls)', () => {
    const error = rejection(() => validateRequest('POST', '/repos/acme/schemas/pulls', q(), { title: 't', head: 'b', base: 'main', labels: ['x'] }));
    expect(error.status).toBe(422);
    expect(error.errors.join()).toMatch(/labels/);
  });

  it('rejects an unknown field nested in a tree entry, and a wrong type', () => {
    expect(
      rejection(() =>
        validateRequest('POST', '/repos/acme/schemas/git/trees', q(), { tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x', encoding: 'utf-8' }] }),
      ).status,
    ).toBe(422);
    expect(rejection(() => validateRequest('POST', '/repos/acme/schemas/git/trees', q(), { tree: [{ path: 'a', mode: 644, type: 'blob' }] })).status).toBe(422);
  });

  it('accepts sha: null in a tree entry (deletion) and oneOf bodies', () => {
    expect(
      validateRequest('POST', '/repos/acme/schemas/git/trees', q(), { base_tree: 'abc', tree: [{ path: 'a', mode: '100644', type: 'blob', sha: null }] })
        .operationId,
    ).toBe('git/create-tree');
    expect(validateRequest('POST', '/repos/acme/schemas/issues/3/labels', q(), { labels: ['a'] }).operationId).toBe('issues/add-labels');
    expect(validateRequest('PATCH', '/repos/acme/schemas/issues/3', q(), { state: 'closed', state_reason: 'completed' }).operationId).toBe('issues/update');
  });

  it('rejects unknown paths with 404 and unknown methods with 405', () => {
    expect(rejection(() => validateRequest('GET', '/repos/acme/schemas/no-such-thing', q(), undefined)).status).toBe(404);
    expect(rejection(() => validateRequest('DELETE', '/repos/acme/schemas/pulls', q(), undefined)).status).toBe(405);
  });

  it('checks path and query parameters', () => {
    expect(rejection(() => validateRequest('GET', '/repos/acme/schemas/issues', q({ state: 'sometimes' }), undefined)).status).toBe(422);
    expect(rejection(() => validateRequest('GET', '/repos/acme/schemas/issues', q({ per_page: 'many' }), undefined)).status).toBe(422);
    expect(validateRequest('GET', '/repos/acme/schemas/issues', q({ state: 'all', labels: 'a,b', per_page: '100' }), undefined).operationId).toBe(
      'issues/list-for-repo',
    );
    // /issues/comments/{id} is not /issues/{issue_number}
    expect(validateRequest('PATCH', '/repos/acme/schemas/issues/comments/17', q(), { body: 'x' }).operationId).toBe('issues/update-comment');
    expect(validateRequest('GET', '/repos/acme/schemas/git/ref/heads%2Fa%2Fb', q(), undefined).pathParams.ref).toBe('heads/a/b');
  });

  it('rejects a body on an operation that takes none, and a missing required body', () => {
    expect(rejection(() => validateRequest('GET', '/repos/acme/schemas/pulls', q(), { x: 1 })).status).toBe(422);
    expect(rejection(() => validateRequest('POST', '/repos/acme/schemas/git/commits', q(), undefined)).status).toBe(400);
  });
});

describe('stand-in over HTTP', () => {
  let standin: GitHubStandin;
  beforeAll(async () => {
    standin = await GitHubStandin.start({ files: { 'README.md': 'hi\n' } });
  });
  afterAll(() => standin.close());

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${standin.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('records requests, rejects bad ones with their status, and hashes blobs like git', async () => {
    standin.clearRequests();
    const bad = await call('POST', '/repos/acme/schemas/pulls', { title: 't', base: 'main' });
    expect(bad.status).toBe(422);
    const blob = await call('POST', '/repos/acme/schemas/git/blobs', { content: 'hello\n' });
    expect(blob.status).toBe(201);
    // `printf 'hello\n' | git hash-object --stdin`
    expect(((await blob.json()) as { sha: string }).sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(standin.writeRequests().map((request) => [request.method, request.path, request.status])).toEqual([
      ['POST', '/repos/acme/schemas/pulls', 422],
      ['POST', '/repos/acme/schemas/git/blobs', 201],
    ]);
    expect((await call('GET', '/repos/other/repo')).status).toBe(404);
  });

  it('builds trees, commits, refs and pull requests, and merges them', async () => {
    const base = standin.refSha('main')!;
    const baseCommit = (await (await call('GET', `/repos/acme/schemas/git/commits/${base}`)).json()) as { tree: { sha: string } };
    const tree = (await (
      await call('POST', '/repos/acme/schemas/git/trees', {
        base_tree: baseCommit.tree.sha,
        tree: [
          { path: 'dir/a.txt', mode: '100644', type: 'blob', content: 'a\n' },
          { path: 'README.md', mode: '100644', type: 'blob', sha: null },
        ],
      })
    ).json()) as { sha: string };
    const commit = (await (await call('POST', '/repos/acme/schemas/git/commits', { message: 'm', tree: tree.sha, parents: [base] })).json()) as { sha: string };
    expect((await call('POST', '/repos/acme/schemas/git/refs', { ref: 'refs/heads/topic/x', sha: commit.sha })).status).toBe(201);
    expect((await call('POST', '/repos/acme/schemas/git/refs', { ref: 'refs/heads/topic/x', sha: commit.sha })).status).toBe(422);
    expect((await call('GET', '/repos/acme/schemas/git/ref/heads%2Ftopic%2Fx')).status).toBe(200);
    const pull = (await (await call('POST', '/repos/acme/schemas/pulls', { title: 'T', head: 'topic/x', base: 'main' })).json()) as { number: number };
    expect((await call('POST', '/repos/acme/schemas/pulls', { title: 'T', head: 'topic/x', base: 'main' })).status).toBe(422);
    const listed = (await (await call('GET', '/repos/acme/schemas/pulls?head=acme:topic/x&state=open')).json()) as unknown[];
    expect(listed).toHaveLength(1);
    standin.mergePullRequest(pull.number);
    expect(standin.filesAt('main')).toEqual({ 'dir/a.txt': 'a\n' });
    expect(standin.pullRequests()[0]).toMatchObject({ state: 'closed', merged: true });
  });

  it('serves sticky-comment endpoints', async () => {
    const issue = (await (await call('POST', '/repos/acme/schemas/issues', { title: 'i', body: 'b', labels: ['x'] })).json()) as { number: number };
    const comment = (await (await call('POST', `/repos/acme/schemas/issues/${issue.number}/comments`, { body: 'one' })).json()) as { id: number };
    expect((await call('PATCH', `/repos/acme/schemas/issues/comments/${comment.id}`, { body: 'two' })).status).toBe(200);
    const comments = (await (await call('GET', `/repos/acme/schemas/issues/${issue.number}/comments`)).json()) as Array<{ body: string }>;
    expect(comments.map((c) => c.body)).toEqual(['two']);
    const found = (await (await call('GET', '/repos/acme/schemas/issues?labels=x&state=all')).json()) as Array<{ number: number }>;
    expect(found.map((i) => i.number)).toEqual([issue.number]);
  });
});
