import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Bytes reachable now, after full collections: the JS heap in use plus ArrayBuffer contents
 * (typed arrays and Buffers live outside the heap). Measures what a structure keeps, not a time,
 * so it does not depend on the machine's load.
 */
export function retainedBytes(): number {
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
