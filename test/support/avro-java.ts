/**
 * Apache Avro (Java) as a test oracle: the reference parser and `SchemaCompatibility` checker.
 *
 * The jars are fetched with Maven and the oracle compiled with javac on first use, cached under
 * `.cache/avro-oracle/` and rebuilt only when `test/java/avro-oracle/` changes. Each step builds into
 * a private temporary directory that is renamed into place, so two jest workers starting at once
 * never see a half-built directory. One JVM per test file (jest gives each file its own module
 * state); call `closeJavaOracle()` in `afterAll`.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceDir = join(root, 'test/java/avro-oracle');
const cacheDir = join(root, '.cache/avro-oracle');
const libsDir = join(cacheDir, 'libs');
const classesDir = join(cacheDir, 'classes');
const STAMP = '.stamp';

export interface JavaParseResult {
  ok: boolean;
  error?: string;
}

export interface JavaIncompatibility {
  type: string;
  location: string;
  message: string;
}

export interface JavaCompatibilityResult {
  compatible: boolean;
  incompatibilities: JavaIncompatibility[];
}

interface OracleAnswer {
  ok: boolean;
  error?: string;
  type?: 'COMPATIBLE' | 'INCOMPATIBLE';
  incompatibilities?: JavaIncompatibility[];
}

/** Parses each schema with `new Schema.Parser().parse` (defaults validated), each with a fresh parser. */
export async function javaParseSchemas(schemaTexts: string[]): Promise<JavaParseResult[]> {
  const answers = await (await oracle()).ask(schemaTexts.map((schema) => ({ op: 'parse', schema })));
  return answers.map((answer) => (answer.ok ? { ok: true } : { ok: false, error: answer.error ?? 'unknown error' }));
}

/** `SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)` for each pair; throws if a schema does not parse. */
export async function javaCompatibility(pairs: Array<{ reader: string; writer: string }>): Promise<JavaCompatibilityResult[]> {
  const answers = await (await oracle()).ask(pairs.map(({ reader, writer }) => ({ op: 'compat', reader, writer })));
  return answers.map((answer, index) => {
    if (!answer.ok) throw new Error(`Java oracle could not check pair ${index}: ${answer.error ?? 'unknown error'}`);
    return { compatible: answer.type === 'COMPATIBLE', incompatibilities: answer.incompatibilities ?? [] };
  });
}

export async function closeJavaOracle(): Promise<void> {
  const current = running;
  running = undefined;
  if (current) await (await current).close();
}

let running: Promise<OracleProcess> | undefined;

function oracle(): Promise<OracleProcess> {
  running ??= prepareOracle().then((classpath) => new OracleProcess(classpath));
  running.catch(() => (running = undefined));
  return running;
}

/** Fetches the jars and compiles the oracle when needed; returns the Java class path. */
export async function prepareOracle(): Promise<string> {
  const pom = join(sourceDir, 'pom.xml');
  const source = join(sourceDir, 'AvroOracle.java');
  const libsStamp = sha256(await readFile(pom));
  await ensureBuilt(libsDir, libsStamp, async (target) => {
    await run('mvn', ['-q', '-B', '-f', pom, 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies', `-DoutputDirectory=${target}`], {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  });
  const classesStamp = sha256(Buffer.concat([await readFile(source), Buffer.from(libsStamp)]));
  await ensureBuilt(classesDir, classesStamp, async (target) => {
    await run('javac', ['-nowarn', '-cp', join(libsDir, '*'), '-d', target, source], { timeout: 300_000 });
  });
  return `${classesDir}${process.platform === 'win32' ? ';' : ':'}${join(libsDir, '*')}`;
}

/**
 * Makes `dir` hold what `build` produces for `stamp`. Builds into a private directory and renames it
 * into place; when another process wins the race, its (identical) result is kept and ours dropped.
 */
async function ensureBuilt(dir: string, stamp: string, build: (target: string) => Promise<void>): Promise<void> {
  if ((await readStamp(dir)) === stamp) return;
  await mkdir(cacheDir, { recursive: true });
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const fresh = `${dir}.tmp-${unique}`;
  const stale = `${dir}.old-${unique}`;
  try {
    await mkdir(fresh, { recursive: true });
    await build(fresh);
    await writeFile(join(fresh, STAMP), stamp);
    if (existsSync(dir) && (await readStamp(dir)) !== stamp) await rename(dir, stale).catch(() => undefined);
    try {
      await rename(fresh, dir);
    } catch (error) {
      if ((await readStamp(dir)) !== stamp) throw error;
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await rm(stale, { recursive: true, force: true });
  }
}

async function readStamp(dir: string): Promise<string | undefined> {
  try {
    return await readFile(join(dir, STAMP), 'utf8');
  } catch {
    return undefined;
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** One JVM answering requests in order: the i-th line out answers the i-th line in. */
class OracleProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Array<{ resolve: (answer: OracleAnswer) => void; reject: (error: Error) => void }> = [];
  private stderrTail = '';
  private exited: Error | undefined;

  constructor(classpath: string) {
    this.child = spawn('java', ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', classpath, 'AvroOracle'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const waiter = this.pending.shift();
      if (!waiter) return;
      try {
        waiter.resolve(JSON.parse(line) as OracleAnswer);
      } catch (error) {
        waiter.reject(new Error(`Java oracle answered something that is not JSON: ${line}`, { cause: error }));
      }
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    const fail = (error: Error): void => {
      this.exited = error;
      for (const waiter of this.pending.splice(0)) waiter.reject(error);
    };
    this.child.on('error', fail);
    this.child.on('exit', (code, signal) => fail(new Error(`Java oracle exited (code ${code}, signal ${signal}): ${this.stderrTail}`)));
  }

  ask(requests: object[]): Promise<OracleAnswer[]> {
    if (this.exited) return Promise.reject(this.exited);
    const answers = requests.map(() => new Promise<OracleAnswer>((resolve, reject) => this.pending.push({ resolve, reject })));
    this.child.stdin.write(requests.map((request) => `${JSON.stringify(request)}\n`).join(''));
    return Promise.all(answers);
  }

  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin.end();
    });
  }
}
