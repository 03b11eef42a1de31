import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SCHEMA_WORKER_ROLE, buildSchemas, unpackRecords, type PackedRecords, type SchemaJob } from './schema-builder';

/**
 * When this bundle was started as a schema worker (see schema-builder.ts), serve jobs and
 * return true; the entry point then does nothing else.
 */
export function serveSchemaJobsIfWorker(): boolean {
  if (isMainThread || (workerData as { role?: string } | undefined)?.role !== SCHEMA_WORKER_ROLE || !parentPort) return false;
  const port = parentPort;
  port.on('message', ({ id, job }: { id: number; job: Omit<SchemaJob, 'records'> & { records: PackedRecords } }) => {
    try {
      port.postMessage({ id, schemas: buildSchemas({ ...job, records: unpackRecords(job.records) }) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  return true;
}
