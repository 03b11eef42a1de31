import { Agent, interceptors, request, type Dispatcher } from 'undici';
import { silentLogger, type Logger } from '../util/log';
import { Redactor } from '../util/redact';
import { redactUrl, withoutCredentials } from '../util/url';
import type { Proposal } from './proposals';

/**
 * Sends proposals to DataHub GMS over Rest.li, as DataHub's own Python `DatahubRestEmitter`
 * does: `ingestProposalBatch` in chunks (≤ 200 proposals, ≤ 15 MiB), `ingestProposal` one by
 * one where GMS has no batch action. Retries (429, 5xx, connection resets, exponential backoff,
 * Retry-After) come from undici's retry interceptor. The token goes in one header and nowhere else;
 * what a server answers is shown only with the token masked in every form (Redactor), URLs only
 * with their credentials masked (redactUrl; credentials in the GMS URL are not sent).
 */

export interface RestEmitterOptions {
  /** GMS base URL, e.g. http://datahub-gms:8080 or https://<name>.acryl.io/gms */
  gms: string;
  token?: string;
  /** Per-request timeout for connect, headers and body. */
  timeoutMs?: number;
  maxRetries?: number;
  minRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  maxBatchProposals?: number;
  maxBatchBytes?: number;
  logger?: Logger;
}

export const DEFAULT_MAX_BATCH_PROPOSALS = 200;
/** GMS rejects requests over 16,000,000 bytes; DataHub's SDK keeps 15 MiB for the payload. */
export const DEFAULT_MAX_BATCH_BYTES = 15 * 1024 * 1024;
const RETRY_STATUS_CODES = [429, 500, 502, 503, 504];

/** A failure talking to GMS; the message never contains the token. */
export class DataHubError extends Error {
  override name = 'DataHubError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * GMS refused the token (401, or 403 on every request): the whole emit failed, not some topics,
 * and sending more would only be refused too.
 */
export class DataHubAuthError extends DataHubError {
  override name = 'DataHubAuthError';
}

/** The URL answers, but it is not DataHub GMS (e.g. DataHub's frontend, or another service). */
export class NotDataHubError extends DataHubError {
  override name = 'NotDataHubError';
}

export interface GmsConfig {
  raw: Record<string, unknown>;
  version?: string;
}

export interface SendResult {
  /** Topic (or other group key) → why its proposals were not accepted. */
  failed: Map<string, string>;
  requests: number;
  bytes: number;
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Why GMS did not take a request: a reason fit to print, and the HTTP status if it answered. */
interface Failure {
  reason: string;
  status?: number;
}

/** A group of proposals that succeed or fail together (one topic's aspects). */
export interface ProposalGroup {
  key: string;
  proposals: Proposal[];
}

export class DataHubRestEmitter {
  private readonly base: string;
  /** The base as printed: credentials masked. */
  private readonly shownBase: string;
  private readonly redactor: Redactor;
  private readonly dispatcher: Dispatcher;
  private readonly agent: Agent;
  private readonly logger: Logger;
  private readonly maxBatchProposals: number;
  private readonly maxBatchBytes: number;
  private batchSupported = true;
  requestCount = 0;
  bytesSent = 0;

  constructor(private readonly options: RestEmitterOptions) {
    this.base = withoutCredentials(options.gms).url.replace(/\/+$/, '');
    this.shownBase = redactUrl(options.gms).replace(/\/+$/, '');
    this.redactor = new Redactor([options.token]);
    const timeout = options.timeoutMs ?? 30_000;
    this.agent = new Agent({ connectTimeout: timeout, headersTimeout: timeout, bodyTimeout: timeout, connections: 8 });
    this.dispatcher = this.agent.compose(
      interceptors.retry({
        maxRetries: options.maxRetries ?? 5,
        minTimeout: options.minRetryDelayMs ?? 500,
        maxTimeout: options.maxRetryDelayMs ?? 30_000,
        timeoutFactor: 2,
        retryAfter: true,
        // Every GMS call here is idempotent (UPSERT, reads), so POST may be retried too.
        methods: ['GET', 'POST'],
        statusCodes: RETRY_STATUS_CODES,
        errorCodes: [
          'ECONNRESET',
          'ECONNREFUSED',
          'EPIPE',
          'ETIMEDOUT',
          'UND_ERR_SOCKET',
          'UND_ERR_CONNECT_TIMEOUT',
          'UND_ERR_HEADERS_TIMEOUT',
          'UND_ERR_BODY_TIMEOUT',
        ],
      }),
    );
    this.logger = options.logger ?? silentLogger;
    this.maxBatchProposals = options.maxBatchProposals ?? DEFAULT_MAX_BATCH_PROPOSALS;
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Removes the token (in any form a server may echo it) and URL credentials from anything that may end up in a log or an error. */
  private redact(text: string): string {
    return this.redactor.redact(redactUrl(text));
  }

  /** 401 (or 403 everywhere): the token, or its absence, is the problem. */
  private refused(status: number, path: string): DataHubAuthError {
    const where = `${this.shownBase}${path}`;
    return new DataHubAuthError(
      this.options.token
        ? `DataHub GMS refused the token (HTTP ${status} from ${where})`
        : `DataHub GMS refused the request: no token was given (HTTP ${status} from ${where}); set DATAHUB_GMS_TOKEN or the datahub-token input`,
      status,
    );
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { 'X-RestLi-Protocol-Version': '2.0.0', 'Content-Type': 'application/json' };
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    return headers;
  }

  private async call(method: 'GET' | 'POST', path: string, body?: string): Promise<Response> {
    const url = `${this.base}${path}`;
    const shown = `${this.shownBase}${path}`;
    this.requestCount++;
    if (body !== undefined) this.bytesSent += Buffer.byteLength(body);
    try {
      const response = await request(url, { method, headers: this.headers(), body, dispatcher: this.dispatcher });
      return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
    } catch (error) {
      const err = error as Error & { statusCode?: number; code?: string };
      const status = err.statusCode;
      const detail = status ? `HTTP ${status} after retries` : `${err.code ?? err.name}: ${err.message}`;
      throw new DataHubError(this.redact(`${method} ${shown} failed: ${detail}`), status);
    }
  }

  /** GET /config: proves the URL is GMS (its frontend answers HTML or a config without `noCode`). */
  async checkServer(): Promise<GmsConfig> {
    const response = await this.call('GET', '/config');
    const where = `${this.shownBase}/config`;
    if (response.status === 401 || response.status === 403) throw this.refused(response.status, '/config');
    if (response.status !== 200) {
      throw new NotDataHubError(
        `${where} answered HTTP ${response.status}: is this DataHub GMS (usually http://<gms-host>:8080, or <frontend>/api/gms)?`,
        response.status,
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(response.text);
    } catch {
      const html = /^\s*</.test(response.text);
      throw new NotDataHubError(
        html
          ? `${where} answered HTML: this looks like DataHub's frontend, not GMS; use the GMS URL (http://<gms-host>:8080 or <frontend>/api/gms)`
          : `${where} did not answer JSON: not DataHub GMS`,
      );
    }
    if (typeof raw !== 'object' || raw === null || (raw as { noCode?: unknown }).noCode !== 'true') {
      throw new NotDataHubError(
        `${where} is not DataHub GMS's config (no "noCode": "true"); this looks like DataHub's frontend or another service: use the GMS URL (http://<gms-host>:8080 or <frontend>/api/gms)`,
      );
    }
    const versions = (raw as { versions?: { acryldata?: { datahub?: { version?: string } } } }).versions;
    const config: GmsConfig = { raw: raw as Record<string, unknown> };
    const version = versions?.acryldata?.datahub?.version;
    if (version) config.version = version;
    return config;
  }

  private failureReason(response: Response): string {
    let message = response.text;
    try {
      const parsed = JSON.parse(response.text) as { message?: string };
      if (parsed.message) message = parsed.message;
    } catch {
      // not JSON: keep the text
    }
    // Masked before it is cut, so that no cut-off form of the token is left.
    return this.redact(`HTTP ${response.status}: ${message}`).slice(0, 500);
  }

  private failure(response: Response, path: string): Failure {
    if (response.status === 401) throw this.refused(401, path);
    return { reason: this.failureReason(response), status: response.status };
  }

  private static batchActionMissing(response: Response): boolean {
    if (response.status === 404) return true;
    return response.status === 400 && /ingestProposalBatch|unknown action|not found|no action/i.test(response.text);
  }

  /** Splits groups into batches within both limits, never splitting a group unless it alone is too big. */
  private chunk(groups: ProposalGroup[]): Array<{ keys: string[]; proposals: string[] }> {
    const chunks: Array<{ keys: string[]; proposals: string[]; bytes: number }> = [];
    let current = { keys: [] as string[], proposals: [] as string[], bytes: 0 };
    for (const group of groups) {
      const serialized = group.proposals.map((p) => JSON.stringify(p));
      const bytes = serialized.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0);
      const fits = current.proposals.length + serialized.length <= this.maxBatchProposals && current.bytes + bytes <= this.maxBatchBytes;
      if (!fits && current.proposals.length > 0) {
        chunks.push(current);
        current = { keys: [], proposals: [], bytes: 0 };
      }
      current.keys.push(group.key);
      for (const text of serialized) {
        if (current.proposals.length >= this.maxBatchProposals) {
          chunks.push(current);
          current = { keys: [group.key], proposals: [], bytes: 0 };
        }
        current.proposals.push(text);
        current.bytes += Buffer.byteLength(text) + 1;
      }
    }
    if (current.proposals.length > 0) chunks.push(current);
    return chunks;
  }

  private async sendOne(proposalText: string): Promise<Failure | undefined> {
    const path = '/aspects?action=ingestProposal';
    const response = await this.call('POST', path, `{"proposal":${proposalText},"async":"false"}`);
    return response.status >= 200 && response.status < 300 ? undefined : this.failure(response, path);
  }

  private async sendChunk(proposals: string[]): Promise<Failure | undefined> {
    if (this.batchSupported) {
      const path = '/aspects?action=ingestProposalBatch';
      const response = await this.call('POST', path, `{"proposals":[${proposals.join(',')}],"async":"false"}`);
      if (response.status >= 200 && response.status < 300) return undefined;
      if (!DataHubRestEmitter.batchActionMissing(response)) return this.failure(response, path);
      this.logger.info('DataHub GMS has no ingestProposalBatch action: sending proposals one by one');
      this.batchSupported = false;
    }
    for (const text of proposals) {
      const failure = await this.sendOne(text);
      if (failure) return failure;
    }
    return undefined;
  }

  /**
   * Sends every group; a failed request fails all groups in it. Throws DataHubAuthError when GMS
   * refuses the token (a 401, or a 403 for every request: a 403 alone may be one entity's policy);
   * no other GMS answer throws.
   */
  async send(groups: ProposalGroup[]): Promise<SendResult> {
    const failed = new Map<string, string>();
    const startRequests = this.requestCount;
    const startBytes = this.bytesSent;
    const chunks = this.chunk(groups);
    let forbidden = 0;
    for (const chunk of chunks) {
      let failure: Failure | undefined;
      try {
        failure = await this.sendChunk(chunk.proposals);
      } catch (error) {
        if (error instanceof DataHubAuthError) throw error;
        failure = { reason: this.redact((error as Error).message) };
      }
      if (failure) {
        if (failure.status === 403) forbidden++;
        this.logger.warn(`DataHub rejected ${chunk.keys.length} topic(s): ${failure.reason}`);
        for (const key of chunk.keys) failed.set(key, failure.reason);
      }
    }
    if (chunks.length > 0 && forbidden === chunks.length) throw this.refused(403, '/aspects');
    return { failed, requests: this.requestCount - startRequests, bytes: this.bytesSent - startBytes };
  }

  /** POST /api/graphql; throws DataHubError on transport or GraphQL errors. */
  async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await this.call('POST', '/api/graphql', JSON.stringify({ query, variables }));
    if (response.status !== 200) throw new DataHubError(`GraphQL ${this.failureReason(response)}`, response.status);
    const parsed = JSON.parse(response.text) as { data?: T; errors?: Array<{ message?: string }> };
    if (parsed.errors?.length) throw new DataHubError(this.redact(`GraphQL error: ${parsed.errors.map((e) => e.message).join('; ')}`));
    if (parsed.data === undefined) throw new DataHubError('GraphQL answer without data');
    return parsed.data;
  }
}
