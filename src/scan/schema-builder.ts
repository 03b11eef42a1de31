import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CommittedTopic } from '../catalog/read';
import type { Logger } from '../util/log';
import type { SampledRecord } from '../kafka/sample';
import type { RegisteredSchema } from '../kafka/schema-registry';
import { decodeSample, inferTopicSchemas, type SchemaNaming, type TopicSchemas } from './topic-schemas';

/** One topic's sample and what is committed for it: everything inference needs. */
export interface SchemaJob {
  topic: string;
  records: SampledRecord[];
  committed: CommittedTopic;
  naming: SchemaNaming;
  registered: Map<number, RegisteredSchema>;
}

/** Decodes samples and infers schemas, in this thread or in worker threads. */
export interface SchemaBuilder {
  build(job: SchemaJob): Promise<TopicSchemas>;
  close(): Promise<void>;
}

export function buildSchemas(job: SchemaJob): TopicSchemas {
  return inferTopicSchemas(job.topic, decodeSample(job.records), job.committed, job.naming, job.registered);
}

export const inThreadSchemaBuilder: SchemaBuilder = {
  build: async (job) => buildSchemas(job),
  close: async () => {},
};

export const SCHEMA_WORKER_ROLE = 'kafka-schema-scout:schema-worker';

/** The bundled entry file (dist/cli/index.js or dist/index.js), set by the entry points. */
let workerScript: string | undefined;

export function setSchemaWorkerScript(path: string): void {
  workerScript = path.endsWith('.js') || path.endsWith('.mjs') ? path : undefined;
}

/** Records as sent to a worker: every payload in one transferable buffer. */
export interface PackedRecords {
  data: ArrayBuffer;
  /** Per record: key start, key length, value start, value length (-1 length: null). */
  spans: Int32Array;
  partitions: number[];
  offsets: string[];
  /** Only the Confluent schema-id headers are kept (the rest is not used by inference). */
  headers: Array<Record<string, Uint8Array>>;
}

const KEPT_HEADERS = ['__key_schema_id', '__value_schema_id'];

/**
 * kafkajs hands out keys and values as views into the whole fetch response; structured clone
 * would copy that entire buffer for each one. Packing copies just the payload bytes once, into
 * one buffer that is transferred (moved, not copied) to the worker.
 */
export function packRecords(records: SampledRecord[]): PackedRecords {
  let total = 0;
  for (const record of records) total += (record.key?.length ?? 0) + (record.value?.length ?? 0);
  const data = new ArrayBuffer(total);
  const bytes = new Uint8Array(data);
  const spans = new Int32Array(records.length * 4);
  let at = 0;
  const put = (payload: Buffer | null, slot: number) => {
    spans[slot] = at;
    spans[slot + 1] = payload === null ? -1 : payload.length;
    if (payload !== null) {
      bytes.set(payload, at);
      at += payload.length;
    }
  };
  const headers: Array<Record<string, Uint8Array>> = [];
  records.forEach((record, index) => {
    put(record.key, index * 4);
    put(record.value, index * 4 + 2);
    const kept: Record<string, Uint8Array> = {};
    for (const name of KEPT_HEADERS) {
      const raw = record.headers?.[name];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value !== undefined) kept[name] = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value);
    }
    headers.push(kept);
  });
  return { data, spans, partitions: records.map((r) => r.partition), offsets: records.map((r) => r.offset), headers };
}

export function unpackRecords(packed: PackedRecords): SampledRecord[] {
  const view = (slot: number) =>
    packed.spans[slot + 1]! < 0 ? null : Buffer.from(packed.data, packed.spans[slot]!, packed.spans[slot + 1]!);
  return packed.partitions.map((partition, index) => ({
    partition,
    offset: packed.offsets[index]!,
    key: view(index * 4),
    value: view(index * 4 + 2),
    headers: Object.fromEntries(
      Object.entries(packed.headers[index] ?? {}).map(([name, value]) => [name, Buffer.from(value.buffer, value.byteOffset, value.byteLength)]),
    ),
  }));
}

interface Pending {
  resolve: (schemas: TopicSchemas) => void;
  reject: (error: Error) => void;
}

/**
 * Decoding and inference are CPU work; fetching is I/O on the main thread. With more than one
 * core, worker threads (running the same bundle) take the CPU part so both overlap. Without a
 * bundle to run (tests run the TypeScript sources) or on one core, it all runs in this thread.
 */
export function createSchemaBuilder(logger: Logger): SchemaBuilder {
  const size = Math.min(4, availableParallelism() - 1);
  if (workerScript === undefined || size < 1) {
    logger.debug('inference runs in the main thread');
    return inThreadSchemaBuilder;
  }
  logger.debug(`inference runs in up to ${size} worker thread(s)`);
  const script = workerScript;
  const workers: Worker[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let failure: Error | undefined;

  const start = () => {
    const worker = new Worker(script, { workerData: { role: SCHEMA_WORKER_ROLE } });
    worker.on('message', (message: { id: number; schemas?: TopicSchemas; error?: string }) => {
      const job = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.schemas!);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of pending.values()) job.reject(new Error(`schema worker failed: ${error.message}`));
      pending.clear();
    });
    worker.unref();
    return worker;
  };

  return {
    async build(job) {
      if (failure) throw new Error(`schema worker failed: ${failure.message}`);
      if (workers.length < size) workers.push(start());
      const id = nextId++;
      const worker = workers[id % workers.length]!;
      return new Promise<TopicSchemas>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const packed = packRecords(job.records);
        worker.postMessage({ id, job: { ...job, records: packed } }, [packed.data]);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
