import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for DataHub GMS on 127.0.0.1 (random port): records every request, serves
 * `/config`, Rest.li `ingestProposal` / `ingestProposalBatch`, and GraphQL `scrollAcrossEntities`
 * over the Kafka datasets it knows (seeded plus ingested), and fails on demand in bursts.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Fault =
  | { kind: 'status'; status: 503 | 429 | 500 | 502 | 504; retryAfterSeconds?: number }
  | { kind: 'reset' }
  /** An error whose body repeats the request's bearer token as servers do: as sent, URL-encoded, lower and upper case, base64. */
  | { kind: 'echo-token'; status: 400 | 422 | 500 };

/** How a careless server may repeat a secret in an error body. */
export function echoedForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    secret.toLowerCase(),
    secret.toUpperCase(),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
    JSON.stringify(secret).slice(1, -1),
  ];
}

export interface StandInOptions {
  /** Answer like an old GMS without the batch action (Rest.li 400 "unknown action"). */
  batchSupported?: boolean;
  /** Answer `/config` like DataHub's frontend (HTML) or another JSON service. */
  configMode?: 'gms' | 'frontend-html' | 'other-json';
  /** Kafka dataset URNs DataHub already has, with whether they are soft-deleted. */
  seed?: Array<{ urn: string; removed?: boolean }>;
  /** Page size of scrollAcrossEntities (to exercise pagination). */
  pageSize?: number;
  /** A token the server requires (401 otherwise, or `refusal`). */
  requireToken?: string;
  /** Paths served without the token (none by default); GMS's own `authentication.excludedPaths` has `/config`. */
  tokenExcludedPaths?: string[];
  refusal?: 401 | 403;
}

export class GmsStandIn {
  readonly requests: RecordedRequest[] = [];
  /** urn → aspectName → aspect JSON (the last UPSERT). */
  readonly aspects = new Map<string, Map<string, unknown>>();
  private readonly faults: Array<{ fault: Fault; pathPrefix: string }> = [];
  private server?: Server;
  url = '';

  constructor(private readonly options: StandInOptions = {}) {
    for (const { urn, removed } of options.seed ?? []) {
      this.aspects.set(urn, new Map([['status', { removed: removed ?? false }]]));
    }
  }

  /** The next `count` requests whose path starts with `pathPrefix` fail with `fault`. */
  failNext(count: number, fault: Fault, pathPrefix = '/'): void {
    for (let i = 0; i < count; i++) this.faults.push({ fault, pathPrefix });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Recorded ingest requests (not /config, not GraphQL). */
  ingestRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/aspects'));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers });
    res.end(text);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const path = req.url ?? '/';
    this.requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    const index = this.faults.findIndex((f) => path.startsWith(f.pathPrefix));
    const fault = index >= 0 ? this.faults.splice(index, 1)[0]!.fault : undefined;
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
      this.send(res, fault.status, { status: fault.status, message: 'injected failure' }, headers);
      return;
    }
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (fault?.kind === 'echo-token') {
      this.send(res, fault.status, { status: fault.status, message: `token not valid for this action: ${echoedForms(token).join(' | ')}` });
      return;
    }
    const excluded = this.options.tokenExcludedPaths ?? [];
    if (this.options.requireToken && token !== this.options.requireToken && !excluded.includes(path)) {
      const status = this.options.refusal ?? 401;
      this.send(res, status, { status, message: `${status === 401 ? 'Unauthorized' : 'Forbidden'}: ${echoedForms(token).join(' | ')}` });
      return;
    }
    if (req.method === 'GET' && path === '/config') return this.config(res);
    if (req.method === 'POST' && path === '/aspects?action=ingestProposal') return this.ingest(res, body, false);
    if (req.method === 'POST' && path === '/aspects?action=ingestProposalBatch') {
      if (this.options.batchSupported === false) {
        this.send(res, 400, { status: 400, message: "Action 'ingestProposalBatch' is not supported by resource 'aspects'" });
        return;
      }
      return this.ingest(res, body, true);
    }
    if (req.method === 'POST' && path === '/api/graphql') return this.graphql(res, body);
    this.send(res, 404, { status: 404, message: `no route ${req.method} ${path}` });
  }

  private config(res: ServerResponse): void {
    const mode = this.options.configMode ?? 'gms';
    if (mode === 'frontend-html') return this.send(res, 200, '<!doctype html><html><head><title>DataHub</title></head></html>');
    if (mode === 'other-json') return this.send(res, 200, { config: { policiesEnabled: true }, authenticated: false });
    this.send(res, 200, {
      noCode: 'true',
      retention: 'true',
      statefulIngestionCapable: true,
      versions: { acryldata: { datahub: { version: 'v1.3.0', commit: 'standin' } } },
    });
  }

  private ingest(res: ServerResponse, body: string, batch: boolean): void {
    let proposals: Array<{ entityUrn?: string; aspectName?: string; aspect?: { value?: string; contentType?: string }; changeType?: string }>;
    try {
      const parsed = JSON.parse(body) as { proposal?: unknown; proposals?: unknown };
      proposals = (batch ? parsed.proposals : [parsed.proposal]) as typeof proposals;
      if (!Array.isArray(proposals)) throw new Error('no proposals');
    } catch (error) {
      this.send(res, 400, { status: 400, message: `bad request: ${(error as Error).message}` });
      return;
    }
    for (const p of proposals) {
      if (!p?.entityUrn || !p.aspectName || p.changeType !== 'UPSERT' || p.aspect?.contentType !== 'application/json' || typeof p.aspect.value !== 'string') {
        this.send(res, 422, { status: 422, message: 'malformed proposal' });
        return;
      }
    }
    for (const p of proposals) {
      const entity = this.aspects.get(p.entityUrn!) ?? new Map<string, unknown>();
      entity.set(p.aspectName!, JSON.parse(p.aspect!.value!));
      this.aspects.set(p.entityUrn!, entity);
    }
    this.send(res, 200, batch ? {} : { value: proposals[0]!.entityUrn });
  }

  private graphql(res: ServerResponse, body: string): void {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: { input?: Record<string, unknown> } };
    if (!query.includes('scrollAcrossEntities')) {
      this.send(res, 200, { errors: [{ message: 'only scrollAcrossEntities is served' }] });
      return;
    }
    const input = variables?.input ?? {};
    const filters = JSON.stringify(input.orFilters ?? input.filters ?? []);
    const wantsKafka = filters.includes('urn:li:dataPlatform:kafka');
    const excludesRemoved = /"field":"removed"[^}]*"negated":true|"negated":true[^}]*"field":"removed"/.test(filters);
    const all = [...this.aspects.entries()]
      .filter(([urn]) => !wantsKafka || urn.startsWith('urn:li:dataset:(urn:li:dataPlatform:kafka,'))
      .filter(([, aspects]) => !excludesRemoved || (aspects.get('status') as { removed?: boolean } | undefined)?.removed !== true)
      .map(([urn]) => urn)
      .sort();
    const start = input.scrollId ? Number(input.scrollId) : 0;
    const count = Math.min(Number(input.count ?? 10), this.options.pageSize ?? 1000);
    const page = all.slice(start, start + count);
    const next = start + count < all.length ? String(start + count) : null;
    this.send(res, 200, {
      data: {
        scrollAcrossEntities: {
          nextScrollId: next,
          count: page.length,
          total: all.length,
          searchResults: page.map((urn) => ({ entity: { urn, type: 'DATASET' } })),
        },
      },
    });
  }
}
