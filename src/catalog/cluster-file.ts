import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { clusterDir } from './layout';
import { CatalogFileError, readClusterFile } from './read';
import { treeFolder, writeTreeFile } from './safe-fs';
import { UsageError } from '../util/errors';
import { isJsonObject, type JsonObject } from '../json/value';

/** Where a cluster's datasets live in DataHub (the settings of its URNs). */
export interface DatasetSettings {
  /** DataHub's fabric, e.g. PROD. */
  env: string;
  platformInstance?: string;
}

/**
 * A cluster's DataHub identity is committed with the cluster, in `<dir>/<cluster>/cluster.json`:
 *
 *   { "datahub": { "platformInstance": "eu-prod", "env": "PROD" } }
 *
 * so that one emit of every cluster gives each its own dataset URNs. A field the file leaves out
 * comes from emit's flags (`--platform-instance`, `--env`); `"platformInstance": null` says the
 * cluster has none, whatever the flag. The scan writes the file on the cluster's first scan with
 * a platform instance or env given, and never rewrites it: from then on it is the users'.
 */

export const CLUSTER_FILE = 'cluster.json';

export interface ClusterIdentity {
  /** null: explicitly none. */
  platformInstance?: string | null;
  env?: string;
}

const ENV = /^[A-Za-z0-9_]+$/;
/** A URN part: no whitespace and none of DataHub's reserved `,()`. */
const PLATFORM_INSTANCE = /^[^\s,()]{1,200}$/;

export function isValidEnv(value: string): boolean {
  return ENV.test(value);
}

export function isValidPlatformInstance(value: string): boolean {
  return PLATFORM_INSTANCE.test(value);
}

/** Validates identity flags or inputs where they enter (`what` names them): usage errors. */
export function checkIdentity(identity: { env?: string; platformInstance?: string }, what: { env: string; platformInstance: string }): void {
  if (identity.env !== undefined && !isValidEnv(identity.env)) {
    throw new UsageError(`${what.env} ${JSON.stringify(identity.env)} is not a DataHub environment: use letters, digits and '_' (e.g. PROD, DEV)`);
  }
  if (identity.platformInstance !== undefined && !isValidPlatformInstance(identity.platformInstance)) {
    throw new UsageError(
      `${what.platformInstance} ${JSON.stringify(identity.platformInstance)} is not a valid platform instance: no spaces, commas or parentheses`,
    );
  }
}

/** The identity a cluster.json records; throws CatalogFileError naming the file and what is wrong. */
export function parseClusterFile(path: string, json: JsonObject): ClusterIdentity {
  const datahub = json.datahub;
  if (datahub === undefined) return {};
  if (!isJsonObject(datahub)) throw new CatalogFileError(path, '"datahub" must be an object');
  const identity: ClusterIdentity = {};
  if ('env' in datahub) {
    if (typeof datahub.env !== 'string' || !isValidEnv(datahub.env))
      throw new CatalogFileError(path, `"datahub.env" ${JSON.stringify(datahub.env)} must be a DataHub environment (letters, digits, '_')`);
    identity.env = datahub.env;
  }
  if ('platformInstance' in datahub) {
    const instance = datahub.platformInstance;
    if (instance !== null && (typeof instance !== 'string' || !isValidPlatformInstance(instance))) {
      throw new CatalogFileError(path, `"datahub.platformInstance" ${JSON.stringify(instance)} must be null or a name without spaces, commas or parentheses`);
    }
    identity.platformInstance = instance;
  }
  return identity;
}

/** `cluster.json` is also a valid Kafka topic name: such a topic's folder takes the file's place. */
async function takenByTopicFolder(root: string, cluster: string): Promise<boolean> {
  const entry = await lstat(join(clusterDir(root, cluster), CLUSTER_FILE)).catch(() => undefined);
  return entry?.isDirectory() ?? false;
}

/** Reads a cluster's cluster.json (none: `{}`); throws CatalogFileError when it is malformed. */
export async function readClusterIdentity(root: string, cluster: string): Promise<ClusterIdentity> {
  if (await takenByTopicFolder(root, cluster)) return {};
  const file = await readClusterFile(root, cluster, CLUSTER_FILE);
  return file === undefined ? {} : parseClusterFile(join(clusterDir(root, cluster), CLUSTER_FILE), file.json);
}

/**
 * The dataset settings of a cluster: its cluster.json, then the flags. Warns (into `warnings`)
 * where a flag differs from what the file says, since the file wins.
 */
export function resolveIdentity(
  recorded: ClusterIdentity,
  flags: DatasetSettings,
  flagsGiven: { env: boolean; platformInstance: boolean },
  warnings: string[],
): DatasetSettings {
  const env = recorded.env ?? flags.env;
  const platformInstance = recorded.platformInstance === undefined ? flags.platformInstance : (recorded.platformInstance ?? undefined);
  if (flagsGiven.env && recorded.env !== undefined && recorded.env !== flags.env) {
    warnings.push(`${CLUSTER_FILE} sets env ${recorded.env}; the env ${flags.env} given to emit is not used for this cluster`);
  }
  if (flagsGiven.platformInstance && recorded.platformInstance !== undefined && recorded.platformInstance !== flags.platformInstance) {
    warnings.push(
      `${CLUSTER_FILE} sets ${recorded.platformInstance === null ? 'no platform instance' : `platform instance ${recorded.platformInstance}`}; the platform instance ${flags.platformInstance} given to emit is not used for this cluster`,
    );
  }
  return platformInstance ? { env, platformInstance } : { env };
}

export function formatClusterFile(identity: ClusterIdentity): string {
  const datahub: Record<string, unknown> = {};
  if (identity.platformInstance !== undefined) datahub.platformInstance = identity.platformInstance;
  if (identity.env !== undefined) datahub.env = identity.env;
  return `${JSON.stringify({ datahub }, null, 2)}\n`;
}

/**
 * The scan's part: on a cluster's first scan given a platform instance or env, records them in
 * cluster.json. An existing file is never rewritten; a scan input it disagrees with is a warning.
 * Returns whether the file was written.
 */
export async function recordClusterIdentity(
  root: string,
  cluster: string,
  given: { platformInstance?: string; env?: string },
): Promise<{ written: boolean; warnings: string[] }> {
  if (given.platformInstance === undefined && given.env === undefined) return { written: false, warnings: [] };
  if (await takenByTopicFolder(root, cluster)) {
    return {
      written: false,
      warnings: [
        `a topic named ${CLUSTER_FILE} has the folder of that name: the cluster's DataHub identity is not recorded (give emit --platform-instance/--env)`,
      ],
    };
  }
  const file = await readClusterFile(root, cluster, CLUSTER_FILE);
  if (file === undefined) {
    const folder = (await treeFolder(root, [cluster], { create: true }))!;
    const written = await writeTreeFile(folder, CLUSTER_FILE, formatClusterFile(given), { text: undefined });
    return { written, warnings: [] };
  }
  const recorded = parseClusterFile(join(clusterDir(root, cluster), CLUSTER_FILE), file.json);
  const warnings: string[] = [];
  if (given.env !== undefined && (recorded.env ?? 'PROD') !== given.env) {
    warnings.push(`${CLUSTER_FILE} records env ${recorded.env ?? '(none: PROD)'}, not ${given.env}: edit ${CLUSTER_FILE} to change it`);
  }
  if (given.platformInstance !== undefined && recorded.platformInstance !== given.platformInstance) {
    warnings.push(
      `${CLUSTER_FILE} records platform instance ${recorded.platformInstance ?? '(none)'}, not ${given.platformInstance}: edit ${CLUSTER_FILE} to change it`,
    );
  }
  return { written: false, warnings };
}
