import { join } from 'node:path';
import { UsageError } from '../util/errors';

/**
 * The committed layout, the product's contract with its users:
 *   <dir>/<cluster>/<topic>/value.avsc | key.avsc | topic.json
 */
export const VALUE_SCHEMA_FILE = 'value.avsc';
export const KEY_SCHEMA_FILE = 'key.avsc';
export const TOPIC_FILE = 'topic.json';

/**
 * The largest committed file, written or read (bytes). Deep nesting makes the 2-space layout grow
 * with the square of the depth (a 2 kB message nested 1,000 levels formats to ~27 MB), which no
 * one can review and GitHub cannot show; a larger file in a checkout is not read at all.
 */
export const MAX_SCHEMA_FILE_BYTES = 2 * 1024 * 1024;

/** Kafka's own rule for topic names (and a safe path segment: `.` and `..` are not topics). */
const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const CLUSTER_NAME = /^[A-Za-z0-9._-]{1,100}$/;

export function isValidTopicName(name: string): boolean {
  return TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}

const CLUSTER_NAME_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (not '.' or '..')";

export function isValidClusterName(name: string): boolean {
  return CLUSTER_NAME.test(name) && name !== '.' && name !== '..';
}

export function assertClusterName(name: string): void {
  if (!isValidClusterName(name)) throw new Error(`invalid cluster name ${JSON.stringify(name)}: ${CLUSTER_NAME_RULE}`);
}

/** Validates a cluster name where it enters (`what`: the flag or input that gave it): a usage error. */
export function checkClusterName(name: string, what: string): void {
  if (!isValidClusterName(name)) throw new UsageError(`${what} ${JSON.stringify(name)} is not a valid cluster name: ${CLUSTER_NAME_RULE}`);
}

export function clusterDir(root: string, cluster: string): string {
  assertClusterName(cluster);
  return join(root, cluster);
}

export function topicDir(root: string, cluster: string, topic: string): string {
  if (!isValidTopicName(topic)) throw new Error(`invalid topic name ${JSON.stringify(topic)}`);
  return join(clusterDir(root, cluster), topic);
}
