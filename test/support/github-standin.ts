/**
 * A local stand-in for the GitHub REST API over an in-memory repository, for tests.
 *
 * Every request is first checked against GitHub's official OpenAPI description
 * (`@octokit/openapi`, api.github.com.json): unknown path → 404, unknown method → 405,
 * missing or ill-typed path/query parameters and request bodies that do not match the
 * operation's schema → 422. The description allows undeclared body properties; GitHub
 * silently ignores them, which hides bugs (e.g. `labels` on `POST pulls`), so the stand-in
 * rejects them too. Only then does a handler run; operations without a handler → 501.
 *
 * Git objects get real git SHA-1s (blobs and trees hash exactly as git does), so code under
 * test can compare locally hashed files with tree entries.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under ESM interop the function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// OpenAPI: routing and validation
// ---------------------------------------------------------------------------------------------

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Route {
  template: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  operations: Map<string, JsonObject>;
}

interface OpenApi {
  document: JsonObject;
  routes: Route[];
}

const DESCRIPTION_PATH = fileURLToPath(new URL('../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url));

let openApi: OpenApi | undefined;

/** The description is 13 MB: loaded once per process, on first use. */
function loadOpenApi(): OpenApi {
  if (openApi) return openApi;
  const document = JSON.parse(readFileSync(DESCRIPTION_PATH, 'utf8')) as JsonObject;
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths as JsonObject)) {
    const paramNames: string[] = [];
    const segments = template.split('/').slice(1);
    const regex = segments
      .map((segment, index) => {
        const param = /^\{([^}]+)\}$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        paramNames.push(param[1]!);
        // a trailing git ref may be sent with literal slashes (heads/feature/x)
        return index === segments.length - 1 && param[1] === 'ref' ? '(.+)' : '([^/]+)';
      })
      .join('/');
    const operations = new Map<string, JsonObject>();
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      if (['get', 'put', 'post', 'patch', 'delete', 'head', 'options'].includes(method)) {
        operations.set(method.toUpperCase(), operation as JsonObject);
      }
    }
    routes.push({
      template,
      pattern: new RegExp(`^/${regex}$`),
      paramNames,
      literalSegments: segments.filter((segment) => !segment.startsWith('{')).length,
      operations,
    });
  }
  // the most specific template first: /issues/comments/{id} before /issues/{issue_number}/...
  routes.sort((a, b) => b.literalSegments - a.literalSegments);
  openApi = { document, routes };
  return openApi;
}

function resolveRef(document: JsonObject, ref: string): Json {
  let node: Json = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as JsonObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json;
  }
  return node;
}

/**
 * Inlines $refs and turns OpenAPI 3.0 into plain JSON Schema for Ajv: `nullable` becomes a
 * union with null, and objects that declare properties (outside allOf) get
 * `additionalProperties: false` so undeclared body fields are rejected.
 */
function toJsonSchema(document: JsonObject, schema: Json, seen: Set<string> = new Set(), inAllOf = false): Json {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(document, item, seen, inAllOf));
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return {}; // recursive component: accept anything below
    return toJsonSchema(document, resolveRef(document, schema.$ref), new Set([...seen, schema.$ref]), inAllOf);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'description' || key === 'nullable' || key === 'discriminator') continue;
    if (key === 'properties') {
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(value as JsonObject)) properties[name] = toJsonSchema(document, property, seen);
      out.properties = properties;
    } else if (key === 'allOf') {
      out.allOf = (value as Json[]).map((item) => toJsonSchema(document, item, seen, true));
    } else if (typeof value === 'object' && value !== null && !['enum', 'required', 'default'].includes(key)) {
      out[key] = toJsonSchema(document, value, seen);
    } else {
      out[key] = value;
    }
  }
  if (out.properties !== undefined && out.additionalProperties === undefined && !inAllOf) out.additionalProperties = false;
  if (schema.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

const bodyAjv = newAjv(false);
const parameterAjv = newAjv(true);
const validators = new Map<string, ValidateFunction>();

function validatorFor(key: string, ajv: Ajv, schema: () => Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema() as object);
    validators.set(key, validate);
  }
  return validate;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  pathParams: Record<string, string>;
}

export class StandinRejection extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
  }
}

function describeErrors(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map(
    (error) =>
      `${where}${error.instancePath} ${error.message ?? 'is invalid'}${error.params && 'additionalProperty' in error.params ? `: ${String(error.params.additionalProperty)}` : ''}`,
  );
}

/**
 * Checks one request against the description; returns the operation or throws StandinRejection.
 * `body` is the parsed JSON body (undefined when none was sent).
 */
export function validateRequest(method: string, path: string, query: URLSearchParams, body: Json | undefined): MatchedOperation {
  const { document, routes } = loadOpenApi();
  const candidates = routes.filter((route) => route.pattern.test(path));
  if (candidates.length === 0) throw new StandinRejection(404, `Not Found: no operation at ${path}`);
  const withMethod = candidates.filter((route) => route.operations.has(method));
  if (withMethod.length === 0) throw new StandinRejection(405, `Method ${method} not allowed at ${path}`);

  let pathProblems: string[] = [];
  for (const route of withMethod) {
    const operation = route.operations.get(method)!;
    const values = route.pattern
      .exec(path)!
      .slice(1)
      .map((value) => decodeURIComponent(value));
    const pathParams = Object.fromEntries(route.paramNames.map((name, index) => [name, values[index]!]));
    const parameters = ((operation.parameters ?? []) as Json[]).map((parameter) => toJsonSchema(document, parameter)) as unknown as OpenApiParameter[];
    const problems: string[] = [];
    for (const parameter of parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const raw = parameter.in === 'path' ? pathParams[parameter.name] : (query.get(parameter.name) ?? undefined);
      if (raw === undefined) {
        if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name} is required`);
        continue;
      }
      const key = `${method} ${route.template} ${parameter.in}:${parameter.name}`;
      const validate = validatorFor(key, parameterAjv, () => ({ type: 'object', properties: { value: parameter.schema ?? {} } }));
      if (!validate({ value: raw })) problems.push(...describeErrors(validate, `${parameter.in} parameter ${parameter.name}`));
    }
    const pathProblem = problems.some((problem) => problem.startsWith('path '));
    if (pathProblem) {
      pathProblems = problems;
      continue; // e.g. /issues/comments matched as /issues/{issue_number}: try the next template
    }
    if (problems.length > 0) throw new StandinRejection(422, 'Invalid request parameters', problems);

    const requestBody = operation.requestBody as JsonObject | undefined;
    const bodySchema = (requestBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
    if (body !== undefined && !bodySchema) throw new StandinRejection(422, `${method} ${route.template} takes no request body`);
    if (body === undefined && requestBody?.required === true) throw new StandinRejection(400, 'Problems parsing JSON: body required');
    if (body !== undefined && bodySchema) {
      const validate = validatorFor(`${method} ${route.template} body`, bodyAjv, () => toJsonSchema(document, bodySchema.schema ?? {}));
      if (!validate(body)) throw new StandinRejection(422, 'Invalid request body', describeErrors(validate, 'body'));
    }
    return { operationId: text(operation.operationId), template: route.template, pathParams };
  }
  throw new StandinRejection(404, `Not Found: ${pathProblems.join('; ')}`);
}

/** A request body's value as text (validated against the description before a handler runs). */
function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

// ---------------------------------------------------------------------------------------------
// In-memory git
// ---------------------------------------------------------------------------------------------

type Mode = '100644' | '100755' | '040000' | '160000' | '120000';
interface TreeEntry {
  name: string;
  mode: Mode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
type GitObject =
  { type: 'blob'; content: Buffer } | { type: 'tree'; entries: TreeEntry[] } | { type: 'commit'; tree: string; parents: string[]; message: string };

function gitHash(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

/** Git's order: byte order of names, a tree's name compared as if it ended in '/'. */
function sortEntries(entries: TreeEntry[]): TreeEntry[] {
  const key = (entry: TreeEntry) => Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name);
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}

/** A tree being edited: subtrees are loaded on demand. */
interface MutableTree {
  entries: Map<string, TreeEntry | { name: string; subtree: MutableTree }>;
}

class GitStore {
  readonly objects = new Map<string, GitObject>();
  private commitCounter = 0;

  putBlob(content: Buffer): string {
    const sha = gitHash('blob', content);
    this.objects.set(sha, { type: 'blob', content });
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = sortEntries(entries);
    const body = Buffer.concat(
      sorted.map((entry) => Buffer.concat([Buffer.from(`${entry.mode === '040000' ? '40000' : entry.mode} ${entry.name}\0`), Buffer.from(entry.sha, 'hex')])),
    );
    const sha = gitHash('tree', body);
    this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  putCommit(tree: string, parents: string[], message: string): string {
    this.commitCounter += 1;
    const text = `tree ${tree}\n${parents.map((parent) => `parent ${parent}\n`).join('')}author Stand-in <standin@example.com> ${1_800_000_000 + this.commitCounter} +0000\n\n${message}`;
    const sha = gitHash('commit', Buffer.from(text));
    this.objects.set(sha, { type: 'commit', tree, parents, message });
    return sha;
  }

  get<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> | undefined {
    const object = this.objects.get(sha);
    return object?.type === type ? (object as Extract<GitObject, { type: T }>) : undefined;
  }

  /** Every blob under a tree, path → sha. */
  files(treeSha: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of this.get(treeSha, 'tree')?.entries ?? []) {
      const path = `${prefix}${entry.name}`;
      if (entry.type === 'tree') for (const [sub, sha] of this.files(entry.sha, `${path}/`)) files.set(sub, sha);
      else files.set(path, entry.sha);
    }
    return files;
  }

  private load(treeSha: string | undefined): MutableTree {
    const tree: MutableTree = { entries: new Map() };
    if (treeSha === undefined) return tree;
    for (const entry of this.get(treeSha, 'tree')?.entries ?? []) tree.entries.set(entry.name, entry);
    return tree;
  }

  private save(tree: MutableTree): string | undefined {
    const entries: TreeEntry[] = [];
    for (const [name, entry] of tree.entries) {
      if ('subtree' in entry) {
        const sha = this.save(entry.subtree);
        if (sha !== undefined) entries.push({ name, mode: '040000', type: 'tree', sha });
      } else entries.push(entry);
    }
    return entries.length === 0 ? undefined : this.putTree(entries);
  }

  /** Applies path edits (a sha of null deletes the path) on top of a base tree. */
  editTree(baseTree: string | undefined, edits: Array<{ path: string; entry: Omit<TreeEntry, 'name'> | null }>): string {
    const root = this.load(baseTree);
    for (const edit of edits) {
      const parts = edit.path.split('/');
      if (parts.some((part) => part === '' || part === '.' || part === '..')) throw new StandinRejection(422, `tree.path ${edit.path} is invalid`);
      let tree = root;
      for (const part of parts.slice(0, -1)) {
        let next = tree.entries.get(part);
        if (next === undefined || (!('subtree' in next) && next.type !== 'tree')) {
          if (edit.entry === null) throw new StandinRejection(422, `GitRPC::BadObjectState: cannot delete ${edit.path}: not in the tree`);
          next = { name: part, subtree: this.load(undefined) };
          tree.entries.set(part, next);
        } else if (!('subtree' in next)) {
          next = { name: part, subtree: this.load(next.sha) };
          tree.entries.set(part, next);
        }
        tree = next.subtree;
      }
      const name = parts[parts.length - 1]!;
      if (edit.entry === null) {
        if (!tree.entries.has(name)) throw new StandinRejection(422, `GitRPC::BadObjectState: cannot delete ${edit.path}: not in the tree`);
        tree.entries.delete(name);
      } else {
        tree.entries.set(name, { name, ...edit.entry });
      }
    }
    return this.save(root) ?? this.putTree([]);
  }

  isAncestor(ancestor: string, commit: string): boolean {
    const queue = [commit];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.get(sha, 'commit')?.parents ?? []));
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The repository and its HTTP surface
// ---------------------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoded). */
  path: string;
  query: Record<string, string>;
  body: Json | undefined;
  operationId?: string;
  status: number;
}

interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  createdAt: number;
  /** Who opened it. */
  author: Identity;
  pull?: { head: string; base: string; merged: boolean; reviewers: string[]; teamReviewers: string[]; mergeCommit?: string; mergedAt?: string };
}

interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: Identity;
}

/** The account a token acts as. */
export interface Identity {
  login: string;
  type: 'User' | 'Bot';
}

/** What the workflow's GITHUB_TOKEN acts as; every token not listed in `tokens` is this one. */
export const WORKFLOW_IDENTITY: Identity = { login: 'github-actions[bot]', type: 'Bot' };

/** Who pushes with `commitFiles` unless a test says otherwise. */
export const PUSHING_PERSON: Identity = { login: 'octocat', type: 'User' };

export interface StandinOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
  /** Token → the account it acts as (GraphQL `viewer`, comment authors); others act as WORKFLOW_IDENTITY. */
  tokens?: Record<string, Identity>;
}

/** A tree entry other than a regular file, for `commitFiles`. */
export type SpecialEntry = { symlink: string } | { submodule: string };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * An injected failure of one operation (after the request passed OpenAPI validation).
 * `applied`: the stand-in does the work and then answers with the failure, as a gateway
 * timing out after GitHub created the pull request would.
 */
export interface GitHubFault {
  status: number;
  message: string;
  headers?: Record<string, string>;
  applied?: boolean;
}

export const githubFaults = {
  badGateway: (applied = false): GitHubFault => ({ status: 502, message: 'Server Error', applied }),
  secondaryRateLimit: (retryAfterSeconds = 1): GitHubFault => ({
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
  }),
  conflict: (message = 'Reference update failed'): GitHubFault => ({ status: 409, message }),
};

export class GitHubStandin {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly requests: RecordedRequest[] = [];
  readonly git = new GitStore();
  private readonly refs = new Map<string, string>();
  private readonly issues = new Map<number, IssueRecord>();
  private readonly comments = new Map<number, CommentRecord>();
  private readonly faults: Array<{ operationId: string; fault: GitHubFault }> = [];
  private nextNumber = 1;
  private nextCommentId = 1000;
  private clock = 0;
  private server: Server | undefined;
  private port = 0;
  private readonly tokens: Record<string, Identity>;
  /** Who made each commit, and whether GitHub signed it (commits made through the API are). */
  private readonly commitAuthors = new Map<string, { author: Identity; verified: boolean }>();
  /** The account of the request being handled. */
  private caller: Identity = WORKFLOW_IDENTITY;

  private constructor(options: StandinOptions) {
    this.tokens = options.tokens ?? {};
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'schemas';
    this.defaultBranch = options.defaultBranch ?? 'main';
    const tree = this.git.editTree(
      undefined,
      Object.entries(options.files ?? { 'README.md': '# schemas\n' }).map(([path, content]) => ({
        path,
        entry: { mode: '100644', type: 'blob', sha: this.git.putBlob(Buffer.from(content)) },
      })),
    );
    this.refs.set(`refs/heads/${this.defaultBranch}`, this.git.putCommit(tree, [], 'Initial commit'));
  }

  static async start(options: StandinOptions = {}): Promise<GitHubStandin> {
    loadOpenApi();
    const standin = new GitHubStandin(options);
    standin.server = createServer((request, response) => void standin.handle(request, response));
    await new Promise<void>((resolve) => standin.server!.listen(0, '127.0.0.1', resolve));
    standin.port = (standin.server.address() as AddressInfo).port;
    return standin;
  }

  /** The API base URL to give Octokit (`baseUrl`). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The web URL of the fake server (`serverUrl` for links). */
  readonly serverUrl = 'https://github.example.com';

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // ----- helpers for tests -----

  /** Requests that change something (a GraphQL query is a POST that does not). */
  writeRequests(): RecordedRequest[] {
    return this.requests.filter((request) => WRITE_METHODS.has(request.method) && request.path !== '/graphql');
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** The next `count` requests of `operationId` (e.g. `pulls/create`) fail with `fault`. */
  failNext(operationId: string, fault: GitHubFault, count = 1): void {
    for (let i = 0; i < count; i++) this.faults.push({ operationId, fault });
  }

  /** Injected faults not used yet. */
  pendingFaults(): number {
    return this.faults.length;
  }

  refSha(branch: string): string | undefined {
    return this.refs.get(`refs/heads/${branch}`);
  }

  /** Files at a branch (or commit sha), path → text; only those under `prefix` when given. */
  filesAt(ref: string, prefix = ''): Record<string, string> {
    const commitSha = this.refSha(ref) ?? ref;
    const commit = this.git.get(commitSha, 'commit');
    if (!commit) throw new Error(`no branch or commit ${ref}`);
    const files: Record<string, string> = {};
    for (const [path, sha] of this.git.files(commit.tree)) {
      if (path.startsWith(prefix)) files[path] = this.git.get(sha, 'blob')!.content.toString('utf8');
    }
    return files;
  }

  readFile(ref: string, path: string): string | undefined {
    return this.filesAt(ref)[path];
  }

  /** Commits files (null deletes; symlinks and submodules as git stores them) onto a branch, as a person (`author`, unsigned) pushing would. */
  commitFiles(branch: string, files: Record<string, string | SpecialEntry | null>, message = 'Change files', author: Identity = PUSHING_PERSON): string {
    const parent = this.refSha(branch);
    if (!parent) throw new Error(`no branch ${branch}`);
    const entryOf = (content: string | SpecialEntry): Omit<TreeEntry, 'name'> => {
      if (typeof content === 'string') return { mode: '100644', type: 'blob', sha: this.git.putBlob(Buffer.from(content)) };
      // A link is a blob holding its target; a submodule is a commit of another repository.
      if ('symlink' in content) return { mode: '120000', type: 'blob', sha: this.git.putBlob(Buffer.from(content.symlink)) };
      return { mode: '160000', type: 'commit', sha: content.submodule };
    };
    const tree = this.git.editTree(
      this.git.get(parent, 'commit')!.tree,
      Object.entries(files).map(([path, content]) => ({ path, entry: content === null ? null : entryOf(content) })),
    );
    const sha = this.git.putCommit(tree, [parent], message);
    this.commitAuthors.set(sha, { author, verified: false });
    this.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  pullRequests(): Array<ReturnType<GitHubStandin['pullJson']>> {
    return [...this.issues.values()].filter((issue) => issue.pull).map((issue) => this.pullJson(issue));
  }

  plainIssues(): Array<ReturnType<GitHubStandin['issueJson']>> {
    return [...this.issues.values()].filter((issue) => !issue.pull).map((issue) => this.issueJson(issue));
  }

  /** A comment written by someone else (e.g. a stranger pasting the review's marker). */
  addComment(issueNumber: number, body: string, author: Identity): number {
    const comment: CommentRecord = { id: this.nextCommentId++, issueNumber: this.issue(String(issueNumber)).number, body, author };
    this.comments.set(comment.id, comment);
    return comment.id;
  }

  commentsOn(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()].filter((comment) => comment.issueNumber === issueNumber);
  }

  /**
   * Merges a pull request the way "Squash and merge" does: the changes between the head and
   * its merge base are applied on top of the base branch as one new commit.
   */
  mergePullRequest(number: number): string {
    const issue = this.issues.get(number);
    if (!issue?.pull || issue.state !== 'open') throw new Error(`#${number} is not an open pull request`);
    const baseSha = this.refSha(issue.pull.base)!;
    const headSha = this.refSha(issue.pull.head)!;
    const head = this.git.get(headSha, 'commit')!;
    const parentTree = this.git.get(head.parents[0]!, 'commit')!.tree;
    const before = this.git.files(parentTree);
    const after = this.git.files(head.tree);
    const edits: Array<{ path: string; entry: Omit<TreeEntry, 'name'> | null }> = [];
    for (const [path, sha] of after) if (before.get(path) !== sha) edits.push({ path, entry: { mode: '100644', type: 'blob', sha } });
    for (const path of before.keys()) if (!after.has(path)) edits.push({ path, entry: null });
    const tree = this.git.editTree(this.git.get(baseSha, 'commit')!.tree, edits);
    const merged = this.git.putCommit(tree, [baseSha], `${issue.title} (#${number})`);
    this.refs.set(`refs/heads/${issue.pull.base}`, merged);
    issue.state = 'closed';
    issue.pull.merged = true;
    issue.pull.mergeCommit = merged;
    issue.pull.mergedAt = new Date(Date.UTC(2026, 0, 1) + this.clock++ * 60_000).toISOString();
    return merged;
  }

  /** A new branch at another branch's head. */
  createBranch(branch: string, from: string): void {
    this.refs.set(`refs/heads/${branch}`, this.refSha(from)!);
  }

  /** Opens a pull request from `head` (a branch with commits) into `base`, as a person would. */
  openPullRequest(head: string, base: string, title: string): number {
    return this.createPull(head, base, title, null).number;
  }

  private createPull(head: string, base: string, title: string, body: string | null): IssueRecord {
    const headSha = this.refSha(head);
    const baseSha = this.refSha(base);
    if (!headSha) throw new StandinRejection(422, `head ${head} does not exist`);
    if (!baseSha) throw new StandinRejection(422, `base ${base} does not exist`);
    if (this.git.isAncestor(headSha, baseSha)) throw new StandinRejection(422, `No commits between ${base} and ${head}`);
    const open = [...this.issues.values()].find((issue) => issue.pull?.head === head && issue.pull.base === base && issue.state === 'open');
    if (open) throw new StandinRejection(422, `A pull request already exists for ${this.owner}:${head}.`);
    const issue: IssueRecord = {
      number: this.nextNumber++,
      title,
      body,
      state: 'open',
      state_reason: null,
      labels: [],
      createdAt: this.clock++,
      author: this.caller,
      pull: { head, base, merged: false, reviewers: [], teamReviewers: [] },
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  // ----- HTTP -----

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 };
    this.requests.push(recorded);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    this.caller = (token !== undefined ? this.tokens[token] : undefined) ?? WORKFLOW_IDENTITY;
    try {
      if (text !== '') {
        try {
          recorded.body = JSON.parse(text) as Json;
        } catch {
          throw new StandinRejection(400, 'Problems parsing JSON');
        }
      }
      if (url.pathname === '/graphql') {
        // GraphQL is not in the REST description: the one query the action sends is answered.
        const query = (recorded.body as JsonObject | undefined)?.query;
        if (method !== 'POST' || typeof query !== 'string' || !/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
          throw new StandinRejection(400, `the stand-in answers only the query { viewer { login } }, got ${JSON.stringify(query)}`);
        }
        send(200, { data: { viewer: { login: this.caller.login } } });
        return;
      }
      const matched = validateRequest(method, url.pathname, url.searchParams, recorded.body);
      recorded.operationId = matched.operationId;
      const { owner, repo } = matched.pathParams;
      if (owner !== undefined && (owner !== this.owner || repo !== this.repo)) throw new StandinRejection(404, 'Not Found');
      const handler = this.handlers[matched.operationId];
      if (!handler) throw new StandinRejection(501, `the stand-in does not implement ${matched.operationId}`);
      const faultIndex = this.faults.findIndex((candidate) => candidate.operationId === matched.operationId);
      const fault = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0]!.fault : undefined;
      if (fault && !fault.applied) {
        send(fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest', status: String(fault.status) }, fault.headers);
        return;
      }
      const result = handler(matched.pathParams, url.searchParams, (recorded.body ?? {}) as JsonObject);
      if (fault) {
        send(fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest', status: String(fault.status) }, fault.headers);
        return;
      }
      send(result.status ?? 200, result.body, result.headers);
    } catch (error) {
      if (error instanceof StandinRejection) {
        send(error.status, { message: error.message, errors: error.errors, documentation_url: 'https://docs.github.com/rest', status: String(error.status) });
      } else {
        send(500, { message: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  private webUrl(path: string): string {
    return `${this.serverUrl}/${this.owner}/${this.repo}${path}`;
  }

  private issueJson(issue: IssueRecord) {
    return {
      id: issue.number * 7,
      node_id: `I_${issue.number}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map((name) => ({ name })),
      html_url: this.webUrl(`/${issue.pull ? 'pull' : 'issues'}/${issue.number}`),
      user: { login: issue.author.login, type: issue.author.type },
      ...(issue.pull ? { pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${issue.number}` } } : {}),
    };
  }

  private pullJson(issue: IssueRecord) {
    const pull = issue.pull!;
    return {
      ...this.issueJson(issue),
      html_url: this.webUrl(`/pull/${issue.number}`),
      merged: pull.merged,
      merged_at: pull.mergedAt ?? null,
      merge_commit_sha: pull.mergeCommit ?? null,
      head: { ref: pull.head, sha: this.refSha(pull.head) ?? null, label: `${this.owner}:${pull.head}` },
      base: { ref: pull.base, sha: this.refSha(pull.base) ?? null, label: `${this.owner}:${pull.base}` },
      requested_reviewers: pull.reviewers.map((login) => ({ login })),
      requested_teams: pull.teamReviewers.map((slug) => ({ slug })),
    };
  }

  private issue(number: string | undefined, kind: 'issue' | 'pull' | 'any' = 'any'): IssueRecord {
    const issue = this.issues.get(Number(number));
    if (!issue || (kind === 'pull' && !issue.pull)) throw new StandinRejection(404, 'Not Found');
    return issue;
  }

  private paginate<T>(items: T[], query: URLSearchParams, path: string): { body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
    const page = Number(query.get('page') ?? 1);
    const body = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URLSearchParams(query);
      next.set('page', String(page + 1));
      next.set('per_page', String(perPage));
      headers.link = `<${this.url}${path}?${next.toString()}>; rel="next"`;
    }
    return { body, headers };
  }

  private commitJson(sha: string) {
    const commit = this.git.get(sha, 'commit')!;
    return {
      sha,
      node_id: `C_${sha}`,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.url}/repos/${this.owner}/${this.repo}/git/trees/${commit.tree}` },
      parents: commit.parents.map((parent) => ({ sha: parent })),
      html_url: this.webUrl(`/commit/${sha}`),
    };
  }

  private refJson(ref: string) {
    return { ref, node_id: `R_${ref}`, object: { sha: this.refs.get(ref)!, type: 'commit' } };
  }

  private readonly handlers: Record<
    string,
    (params: Record<string, string>, query: URLSearchParams, body: JsonObject) => { status?: number; body?: unknown; headers?: Record<string, string> }
  > = {
    'repos/get': () => ({
      body: {
        id: 1,
        name: this.repo,
        full_name: `${this.owner}/${this.repo}`,
        owner: { login: this.owner },
        default_branch: this.defaultBranch,
        html_url: this.webUrl(''),
      },
    }),

    'git/get-ref': (params) => {
      const ref = `refs/${params.ref}`;
      if (!this.refs.has(ref)) throw new StandinRejection(404, 'Not Found');
      return { body: this.refJson(ref) };
    },
    'git/create-ref': (_params, _query, body) => {
      const ref = text(body.ref);
      const sha = text(body.sha);
      if (!/^refs\/[^/]+\/.+/.test(ref)) throw new StandinRejection(422, 'Reference name must start with refs/ and have at least two slashes');
      if (this.refs.has(ref)) throw new StandinRejection(422, 'Reference already exists');
      if (!this.git.get(sha, 'commit')) throw new StandinRejection(422, 'Object does not exist');
      this.refs.set(ref, sha);
      return { status: 201, body: this.refJson(ref) };
    },
    'git/update-ref': (params, _query, body) => {
      const ref = `refs/${params.ref}`;
      const current = this.refs.get(ref);
      if (current === undefined) throw new StandinRejection(422, 'Reference does not exist');
      const sha = text(body.sha);
      if (!this.git.get(sha, 'commit')) throw new StandinRejection(422, 'Object does not exist');
      if (body.force !== true && !this.git.isAncestor(current, sha)) throw new StandinRejection(422, 'Update is not a fast forward');
      this.refs.set(ref, sha);
      return { body: this.refJson(ref) };
    },
    'git/delete-ref': (params) => {
      const ref = `refs/${params.ref}`;
      if (!this.refs.delete(ref)) throw new StandinRejection(422, 'Reference does not exist');
      return { status: 204 };
    },
    'repos/compare-commits-with-basehead': (params) => {
      const [base, head] = params.basehead!.split('...');
      const resolve = (ref: string | undefined) => (ref === undefined ? undefined : (this.refSha(ref) ?? (this.git.get(ref, 'commit') ? ref : undefined)));
      const baseSha = resolve(base);
      const headSha = resolve(head);
      if (!baseSha || !headSha) throw new StandinRejection(404, 'Not Found');
      // The merge base: the first commit reached from head (breadth first) that base also reaches.
      const queue = [headSha];
      const seen = new Set<string>();
      let mergeBase: string | undefined;
      while (queue.length > 0 && mergeBase === undefined) {
        const sha = queue.shift()!;
        if (seen.has(sha)) continue;
        seen.add(sha);
        if (this.git.isAncestor(sha, baseSha)) mergeBase = sha;
        else queue.push(...(this.git.get(sha, 'commit')?.parents ?? []));
      }
      if (mergeBase === undefined) throw new StandinRejection(404, `No common ancestor between ${base} and ${head}.`);
      const status = mergeBase === headSha ? (baseSha === headSha ? 'identical' : 'behind') : mergeBase === baseSha ? 'ahead' : 'diverged';
      return { body: { status, base_commit: this.commitJson(baseSha), merge_base_commit: this.commitJson(mergeBase), commits: [], files: [] } };
    },
    'git/get-commit': (params) => {
      if (!this.git.get(params.commit_sha!, 'commit')) throw new StandinRejection(404, 'Not Found');
      return { body: this.commitJson(params.commit_sha!) };
    },
    'git/create-commit': (_params, _query, body) => {
      const tree = text(body.tree);
      const parents = (body.parents ?? []) as string[];
      if (!this.git.get(tree, 'tree')) throw new StandinRejection(422, 'Tree SHA does not exist');
      for (const parent of parents) if (!this.git.get(parent, 'commit')) throw new StandinRejection(422, 'Parent SHA does not exist or is not a commit object');
      const sha = this.git.putCommit(tree, parents, text(body.message));
      this.commitAuthors.set(sha, { author: this.caller, verified: true });
      return { status: 201, body: this.commitJson(sha) };
    },
    'git/get-tree': (params, query) => {
      const tree = this.git.get(params.tree_sha!, 'tree');
      if (!tree) throw new StandinRejection(404, 'Not Found');
      const list = (sha: string, prefix: string): unknown[] =>
        this.git.get(sha, 'tree')!.entries.flatMap((entry) => {
          const item = {
            path: `${prefix}${entry.name}`,
            mode: entry.mode,
            type: entry.type,
            sha: entry.sha,
            ...(entry.type === 'blob' ? { size: this.git.get(entry.sha, 'blob')!.content.length } : {}),
          };
          return entry.type === 'tree' && query.has('recursive') ? [item, ...list(entry.sha, `${item.path}/`)] : [item];
        });
      return { body: { sha: params.tree_sha, tree: list(params.tree_sha!, ''), truncated: false } };
    },
    'git/create-tree': (_params, _query, body) => {
      const baseTree = body.base_tree === undefined ? undefined : text(body.base_tree);
      if (baseTree !== undefined && !this.git.get(baseTree, 'tree')) throw new StandinRejection(422, 'base_tree is not a valid tree oid');
      const edits = ((body.tree ?? []) as JsonObject[]).map((item) => {
        const path = text(item.path);
        if (item.path === undefined || item.mode === undefined || item.type === undefined) {
          throw new StandinRejection(422, `tree entry ${path}: path, mode and type are required`);
        }
        if ('sha' in item && 'content' in item) throw new StandinRejection(422, `tree entry ${path}: use either sha or content, not both`);
        if (item.sha === null) return { path, entry: null };
        const sha = typeof item.content === 'string' ? this.git.putBlob(Buffer.from(item.content)) : text(item.sha);
        if (item.sha !== undefined && !this.git.objects.has(sha)) throw new StandinRejection(422, `tree.sha ${sha} is not a valid object`);
        return { path, entry: { mode: item.mode as Mode, type: item.type as TreeEntry['type'], sha } };
      });
      const sha = this.git.editTree(baseTree, edits);
      return {
        status: 201,
        body: {
          sha,
          tree: this.git.get(sha, 'tree')!.entries.map((entry) => ({ path: entry.name, mode: entry.mode, type: entry.type, sha: entry.sha })),
          truncated: false,
        },
      };
    },
    'git/get-blob': (params) => {
      const blob = this.git.get(params.file_sha!, 'blob');
      if (!blob) throw new StandinRejection(404, 'Not Found');
      return { body: { sha: params.file_sha, size: blob.content.length, encoding: 'base64', content: blob.content.toString('base64') } };
    },
    'git/create-blob': (_params, _query, body) => {
      const content = Buffer.from(text(body.content), body.encoding === 'base64' ? 'base64' : 'utf8');
      return { status: 201, body: { sha: this.git.putBlob(content) } };
    },

    'pulls/list': (_params, query) => {
      const state = query.get('state') ?? 'open';
      const head = query.get('head');
      const base = query.get('base');
      const pulls = [...this.issues.values()]
        .filter((issue) => issue.pull && (state === 'all' || issue.state === state))
        .filter((issue) => head === null || `${this.owner}:${issue.pull!.head}` === head || (!head.includes(':') && issue.pull!.head === head))
        .filter((issue) => base === null || issue.pull!.base === base)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((issue) => this.pullJson(issue));
      return this.paginate(pulls, query, `/repos/${this.owner}/${this.repo}/pulls`);
    },
    'pulls/create': (_params, _query, body) => {
      if (body.title === undefined) throw new StandinRejection(422, 'title is required');
      const head = text(body.head).replace(new RegExp(`^${this.owner}:`), '');
      const issue = this.createPull(head, text(body.base), text(body.title), typeof body.body === 'string' ? body.body : null);
      return { status: 201, body: this.pullJson(issue) };
    },
    // GitHub associates a pull request with its merge commit and the commits of its head.
    'repos/list-pull-requests-associated-with-commit': (params, query) => {
      const sha = params.commit_sha!;
      const pulls = [...this.issues.values()].filter((issue) => issue.pull && (issue.pull.mergeCommit === sha || this.refSha(issue.pull.head) === sha));
      const { body, headers } = this.paginate(
        pulls.map((issue) => this.pullJson(issue)),
        query,
        `/repos/${this.owner}/${this.repo}/commits/${sha}/pulls`,
      );
      return { body, headers };
    },
    'pulls/get': (params) => ({ body: this.pullJson(this.issue(params.pull_number, 'pull')) }),
    // The commits of the head that the base does not have, oldest first, with who made them.
    'pulls/list-commits': (params, query) => {
      const pull = this.issue(params.pull_number, 'pull').pull!;
      const commits: string[] = [];
      for (let sha = this.refSha(pull.head); sha !== undefined && !this.git.isAncestor(sha, this.refSha(pull.base)!);) {
        commits.unshift(sha);
        sha = this.git.get(sha, 'commit')!.parents[0];
      }
      const body = commits.map((sha) => {
        const made = this.commitAuthors.get(sha) ?? { author: PUSHING_PERSON, verified: false };
        return {
          sha,
          commit: {
            message: this.git.get(sha, 'commit')!.message,
            verification: { verified: made.verified, reason: made.verified ? 'valid' : 'unsigned', signature: null, payload: null },
          },
          author: { login: made.author.login, type: made.author.type },
          committer: made.verified ? { login: 'web-flow', type: 'User' } : { login: made.author.login, type: made.author.type },
        };
      });
      return this.paginate(body, query, `/repos/${this.owner}/${this.repo}/pulls/${params.pull_number}/commits`);
    },
    'pulls/update': (params, _query, body) => {
      const issue = this.issue(params.pull_number, 'pull');
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') {
        if (issue.pull!.merged) throw new StandinRejection(422, 'Cannot change the state of a merged pull request');
        issue.state = body.state;
      }
      if (typeof body.base === 'string') issue.pull!.base = body.base;
      return { body: this.pullJson(issue) };
    },
    'pulls/request-reviewers': (params, _query, body) => {
      const issue = this.issue(params.pull_number, 'pull');
      if (body.reviewers === undefined && body.team_reviewers === undefined) throw new StandinRejection(422, 'reviewers or team_reviewers is required');
      for (const login of (body.reviewers ?? []) as string[]) if (!issue.pull!.reviewers.includes(login)) issue.pull!.reviewers.push(login);
      for (const slug of (body.team_reviewers ?? []) as string[]) if (!issue.pull!.teamReviewers.includes(slug)) issue.pull!.teamReviewers.push(slug);
      return { status: 201, body: this.pullJson(issue) };
    },
    'pulls/list-files': (params, query) => {
      const issue = this.issue(params.pull_number, 'pull');
      const headSha = this.refSha(issue.pull!.head)!;
      const before = this.git.files(this.git.get(this.git.get(headSha, 'commit')!.parents[0]!, 'commit')!.tree);
      const after = this.git.files(this.git.get(headSha, 'commit')!.tree);
      const files: unknown[] = [];
      for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
        const status = !before.has(path) ? 'added' : !after.has(path) ? 'removed' : before.get(path) !== after.get(path) ? 'modified' : undefined;
        if (status) files.push({ filename: path, status, sha: after.get(path) ?? before.get(path) });
      }
      return this.paginate(files, query, `/repos/${this.owner}/${this.repo}/pulls/${issue.number}/files`);
    },

    'issues/list-for-repo': (_params, query) => {
      const state = query.get('state') ?? 'open';
      const labels = (query.get('labels') ?? '')
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
      const direction = query.get('direction') ?? 'desc';
      const issues = [...this.issues.values()]
        .filter((issue) => state === 'all' || issue.state === state)
        .filter((issue) => labels.every((label) => issue.labels.includes(label)))
        .sort((a, b) => (direction === 'asc' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt))
        .map((issue) => this.issueJson(issue));
      return this.paginate(issues, query, `/repos/${this.owner}/${this.repo}/issues`);
    },
    'issues/create': (_params, _query, body) => {
      const issue: IssueRecord = {
        number: this.nextNumber++,
        title: text(body.title),
        body: typeof body.body === 'string' ? body.body : null,
        state: 'open',
        state_reason: null,
        labels: ((body.labels ?? []) as Json[]).map((label) => (typeof label === 'string' ? label : text((label as JsonObject).name))),
        createdAt: this.clock++,
        author: this.caller,
      };
      this.issues.set(issue.number, issue);
      return { status: 201, body: this.issueJson(issue) };
    },
    'issues/get': (params) => ({ body: this.issueJson(this.issue(params.issue_number)) }),
    'issues/update': (params, _query, body) => {
      const issue = this.issue(params.issue_number);
      if (body.title !== undefined && body.title !== null) issue.title = text(body.title);
      if (body.body !== undefined) issue.body = body.body as string | null;
      if (body.state === 'open' || body.state === 'closed') {
        if (issue.state !== body.state) issue.state_reason = body.state === 'open' ? 'reopened' : ((body.state_reason as string | undefined) ?? 'completed');
        issue.state = body.state;
      }
      if (Array.isArray(body.labels)) issue.labels = body.labels.map((label) => (typeof label === 'string' ? label : text((label as JsonObject).name)));
      return { body: this.issueJson(issue) };
    },
    'issues/add-labels': (params, _query, body) => {
      const issue = this.issue(params.issue_number);
      const labels = (Array.isArray(body) ? body : ((body.labels ?? []) as Json[])).map((label) =>
        typeof label === 'string' ? label : text((label as JsonObject).name),
      );
      for (const label of labels) if (!issue.labels.includes(label)) issue.labels.push(label);
      return { body: issue.labels.map((name) => ({ name })) };
    },
    'issues/list-comments': (params, query) => {
      const issue = this.issue(params.issue_number);
      const comments = this.commentsOn(issue.number).map((comment) => this.commentJson(comment));
      return this.paginate(comments, query, `/repos/${this.owner}/${this.repo}/issues/${issue.number}/comments`);
    },
    'issues/create-comment': (params, _query, body) => {
      const issue = this.issue(params.issue_number);
      if (typeof body.body !== 'string') throw new StandinRejection(422, 'body is required');
      const comment: CommentRecord = { id: this.nextCommentId++, issueNumber: issue.number, body: body.body, author: this.caller };
      this.comments.set(comment.id, comment);
      return { status: 201, body: this.commentJson(comment) };
    },
    'issues/update-comment': (params, _query, body) => {
      const comment = this.comments.get(Number(params.comment_id));
      if (!comment) throw new StandinRejection(404, 'Not Found');
      // As for a token without maintainer rights: only the author may edit a comment.
      if (comment.author.login !== this.caller.login) throw new StandinRejection(403, 'Resource not accessible by integration');
      comment.body = text(body.body);
      return { body: this.commentJson(comment) };
    },
    'issues/delete-comment': (params) => {
      if (!this.comments.delete(Number(params.comment_id))) throw new StandinRejection(404, 'Not Found');
      return { status: 204 };
    },
  };

  private commentJson(comment: CommentRecord) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      body: comment.body,
      html_url: this.webUrl(`/issues/${comment.issueNumber}#issuecomment-${comment.id}`),
      user: { login: comment.author.login, type: comment.author.type },
    };
  }
}
