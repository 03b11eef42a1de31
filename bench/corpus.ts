/** The inference benchmarks' data: the corpus (test/corpus/*.ndjson), replicated to a size. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Topic {
  name: string;
  lines: string[];
  bytes: number;
}

export function loadCorpus(corpusDir = join(process.cwd(), 'test/corpus')): Topic[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.ndjson'))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(corpusDir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      return { name: file.replace(/\.ndjson$/, ''), lines, bytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0) };
    });
}

/** Each topic repeated so that all together weigh about `megabytes` (each topic in proportion). */
export function replicate(topics: Topic[], megabytes: number): Topic[] {
  const total = topics.reduce((sum, topic) => sum + topic.bytes, 0);
  const times = Math.max(1, Math.round((megabytes * 1e6) / total));
  return topics.map((topic) => ({
    name: topic.name,
    lines: Array.from({ length: times }, () => topic.lines).flat(),
    bytes: topic.bytes * times,
  }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
