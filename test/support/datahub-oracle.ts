import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * DataHub's own Python SDK (acryl-datahub, pinned in scripts/datahub-oracle.sh) as the tests'
 * oracle. The setup script is idempotent and takes a lock, so parallel jest workers may both
 * call it; within one worker it runs once.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const setupScript = join(root, 'scripts', 'datahub-oracle.sh');
const helper = join(root, 'test', 'datahub', 'oracle.py');

let pythonPath: Promise<string> | undefined;

export function oraclePython(): Promise<string> {
  pythonPath ??= promisify(execFile)('bash', [setupScript], { cwd: root, timeout: 600_000 }).then(({ stdout }) => {
    const path = stdout.trim().split('\n').at(-1);
    if (!path) throw new Error('scripts/datahub-oracle.sh printed no python path');
    return path;
  });
  return pythonPath;
}

/** Sends one JSON request to test/datahub/oracle.py and returns its JSON answer. */
export async function callOracle<T = unknown>(request: unknown): Promise<T> {
  const python = await oraclePython();
  return new Promise<T>((resolve, reject) => {
    const child = spawn(python, [helper], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONWARNINGS: 'ignore' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      if (code !== 0) {
        reject(new Error(`oracle.py exited ${code}: ${Buffer.concat(err).toString('utf8').slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(text) as T);
      } catch {
        reject(new Error(`oracle.py answered non-JSON: ${text.slice(0, 500)}`));
      }
    });
    child.stdin.end(JSON.stringify(request));
  });
}

export interface OracleFieldsResult {
  fields?: unknown[];
  error?: string;
}

export async function oracleFields(cases: Array<{ value: string; key?: string }>): Promise<OracleFieldsResult[]> {
  const answer = await callOracle<{ results: OracleFieldsResult[] }>({
    op: 'fields',
    cases: cases.map((c) => ({ value: c.value, key: c.key ?? null })),
  });
  return answer.results;
}

/** Python avro's `parse(text, validate_names=False)` on each schema text: null or the error. */
export async function oracleParse(schemas: string[]): Promise<Array<string | null>> {
  const answer = await callOracle<{ results: Array<string | null> }>({ op: 'parse', schemas });
  return answer.results;
}

export async function oracleValidate(proposals: unknown[]): Promise<Array<{ ok: boolean; error?: string }>> {
  const answer = await callOracle<{ results: Array<{ ok: boolean; error?: string }> }>({ op: 'validate', proposals });
  return answer.results;
}

export async function oracleEmit(options: {
  url: string;
  token?: string;
  mode: 'batch' | 'single';
  proposals: unknown[];
}): Promise<{ ok: boolean; error?: string }> {
  return callOracle({ op: 'emit', url: options.url, token: options.token ?? null, mode: options.mode, proposals: options.proposals });
}

/** What DataHub's own Kafka source emits, one entry per aspect. */
export interface SourceAspect {
  entityUrn: string;
  entityType: string;
  aspectName: string;
  aspect: Record<string, unknown>;
}

/**
 * Runs DataHub's real Kafka source (test/datahub/kafka_source.py) against a broker, with its
 * registry client serving `subjects` (`<topic>-value` → schema text), and returns what it emitted.
 */
export async function runDataHubKafkaSource(options: {
  bootstrap: string;
  topics: string[];
  subjects: Record<string, string>;
  env?: string;
  platformInstance?: string;
}): Promise<SourceAspect[]> {
  const { mkdtemp, readFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const python = await oraclePython();
  const dir = await mkdtemp(join(tmpdir(), 'scout-datahub-source-'));
  const out = join(dir, 'mcps.json');
  try {
    const request = {
      bootstrap: options.bootstrap,
      topics: options.topics,
      subjects: options.subjects,
      env: options.env ?? 'PROD',
      platform_instance: options.platformInstance ?? null,
      out,
    };
    const answer = await new Promise<{ ok: boolean; error?: string }>((resolve, reject) => {
      const child = spawn(python, [join(root, 'test', 'datahub', 'kafka_source.py')], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PYTHONWARNINGS: 'ignore' },
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; error?: string });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      child.stdin.end(JSON.stringify(request));
    });
    if (!answer.ok) throw new Error(`DataHub's Kafka source failed: ${answer.error}`);
    const written = JSON.parse(await readFile(out, 'utf8')) as Array<{
      entityUrn: string;
      entityType: string;
      aspectName: string;
      aspect: { json: Record<string, unknown> };
    }>;
    return written.map((mcp) => ({ entityUrn: mcp.entityUrn, entityType: mcp.entityType, aspectName: mcp.aspectName, aspect: mcp.aspect.json }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
