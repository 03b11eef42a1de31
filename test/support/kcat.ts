import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brokers } from './broker';

const run = promisify(execFile);

export type Codec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/**
 * Produces records with kcat (librdkafka), a client this project did not write.
 * Each record is one file, so values may hold any bytes; a null value is a tombstone.
 */
export async function kcatProduce(
  topic: string,
  records: Array<{ key?: string; value: Buffer | string | null; partition?: number }>,
  codec: Codec = 'none',
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'scout-kcat-'));
  const base = ['-P', '-b', brokers[0]!, '-t', topic, '-X', 'linger.ms=50', '-X', 'batch.num.messages=1000'];
  if (codec !== 'none') base.push('-z', codec);
  // Group records that share key and partition settings so one kcat call sends many.
  const groups = new Map<string, { args: string[]; files: string[] }>();
  for (const [index, record] of records.entries()) {
    const args = [...base];
    if (record.partition !== undefined) args.push('-p', String(record.partition));
    if (record.value === null) {
      // kcat skips empty files; a tombstone goes through stdin with -Z (empty value → NULL).
      await sendTombstone(args, record.key ?? '');
      continue;
    }
    if (record.key !== undefined) args.push('-k', record.key);
    const file = join(dir, `${index}.bin`);
    await writeFile(file, record.value);
    const signature = args.join('\u0000');
    const group = groups.get(signature) ?? { args, files: [] };
    group.files.push(file);
    groups.set(signature, group);
  }
  for (const { args, files } of groups.values()) {
    await run('kcat', [...args, ...files], { timeout: 60_000 });
  }
}

function sendTombstone(args: string[], key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile('kcat', [...args, '-K', '\t', '-Z'], { timeout: 60_000 }, (error) =>
      error ? reject(new Error(error.message, { cause: error })) : resolve(),
    );
    child.stdin!.end(`${key}\t\n`);
  });
}
