import { Option, type Command } from 'commander';
import { checkClusterName } from '../catalog/layout';
import { checkIdentity } from '../catalog/cluster-file';
import { checkAvroNamespace } from '../infer/names';
import { runScan } from '../scan/run-scan';
import { formatScanReport } from '../scan/report-text';
import { DEFAULT_MAX_VANISHED_PERCENT, removeVanishedTopics } from '../scan/vanished';
import { defaultSampleOptions } from '../kafka/sample';
import { stderrLogger } from '../util/log';
import { checkHttpUrl } from '../util/url';
import { addConnectionOptions, collect, percentage, positiveInteger } from './options';
import { connectionFromFlags, type ConnectionFlags } from '../kafka/connection-options';
import type { Settle } from './settle';
import { UsageError } from '../util/errors';

interface ScanFlags extends ConnectionFlags {
  cluster: string;
  dir: string;
  include: string[];
  exclude: string[];
  includeInternal?: boolean;
  samples: number;
  sampleFrom: 'latest' | 'earliest';
  maxBytesPerTopic: number;
  topicTimeout: number;
  scanTimeout: number;
  namespace?: string;
  schemaRegistryUrl?: string;
  schemaRegistryUsername?: string;
  schemaRegistryPassword?: string;
  platformInstance?: string;
  datahubEnv?: string;
  maxVanishedPercent: number;
  keepVanished?: boolean;
  json?: boolean;
  dryRun?: boolean;
  format: 'text' | 'markdown';
  repository: string;
  baseBranch: string;
  verbose?: boolean;
}

export function registerScanCommand(program: Command, settle: Settle): void {
  const command = program.command('scan').description('sample every topic of a cluster, infer Avro schemas and write them under <dir>/<cluster>/<topic>/');
  addConnectionOptions(command)
    .option('-c, --cluster <name>', 'cluster name: the folder under --dir', 'default')
    .option('-d, --dir <path>', 'schema directory', 'kafka-schemas')
    .option('--include <regex>', 'only topics matching this regex (repeatable)', collect, [])
    .option('--exclude <regex>', 'skip topics matching this regex (repeatable)', collect, [])
    .option('--include-internal', 'also scan internal topics (names starting with _)')
    .option('-n, --samples <count>', 'records per partition', positiveInteger, defaultSampleOptions.samplesPerPartition)
    .addOption(new Option('--sample-from <where>', 'read the newest or the oldest records').choices(['latest', 'earliest']).default(defaultSampleOptions.from))
    .option('--max-bytes-per-topic <bytes>', 'stop reading a topic after this many bytes', positiveInteger, defaultSampleOptions.maxBytesPerTopic)
    .option('--topic-timeout <ms>', 'time budget per topic', positiveInteger, defaultSampleOptions.topicTimeoutMs)
    .option('--scan-timeout <ms>', 'time budget for sampling all topics', positiveInteger, defaultSampleOptions.scanTimeoutMs)
    .option('--namespace <namespace>', 'Avro namespace of inferred records')
    .option('--schema-registry-url <url>', 'Confluent-framed topics use their registered Avro schemas from this registry', process.env.SCHEMA_REGISTRY_URL)
    .option('--schema-registry-username <name>', 'registry basic-auth user (API key)', process.env.SCHEMA_REGISTRY_USERNAME)
    .option('--schema-registry-password <password>', 'registry basic-auth password (prefer SCHEMA_REGISTRY_PASSWORD)')
    .option('--platform-instance <name>', "the cluster's DataHub platform instance, recorded in <dir>/<cluster>/cluster.json on its first scan")
    .option('--datahub-env <env>', "the cluster's DataHub environment (fabric), recorded in cluster.json on its first scan")
    .option(
      '--max-vanished-percent <percent>',
      'remove the folders of vanished topics only when at most this share of the committed topics vanished at once (100: always)',
      percentage,
      DEFAULT_MAX_VANISHED_PERCENT,
    )
    .option('--keep-vanished', 'keep the folders of vanished topics')
    .option('--json', 'print the report as JSON')
    .option('--dry-run', 'write nothing: no schema file, no cluster.json, no folder removed')
    .addOption(
      new Option('--format <format>', 'text: the report; markdown (with --dry-run): the PR title and body, topics issue and job summary the action would post')
        .choices(['text', 'markdown'])
        .default('text'),
    )
    .option('--repository <owner/repo>', 'for the links of --format markdown', process.env.GITHUB_REPOSITORY ?? 'OWNER/REPO')
    .option('--base-branch <name>', 'for the links of --format markdown', 'main')
    .option('-v, --verbose', 'log details (never message contents)')
    .action(async (flags: ScanFlags) => {
      checkClusterName(flags.cluster, '--cluster');
      if (flags.namespace !== undefined) checkAvroNamespace(flags.namespace, '--namespace');
      if (flags.schemaRegistryUrl) checkHttpUrl(flags.schemaRegistryUrl, '--schema-registry-url');
      const datahub = { platformInstance: flags.platformInstance, env: flags.datahubEnv };
      checkIdentity(datahub, { env: '--datahub-env', platformInstance: '--platform-instance' });
      if (flags.format === 'markdown' && !flags.dryRun)
        throw new UsageError('--format markdown needs --dry-run: the preview compares the scan with the files as committed');
      const logger = stderrLogger(flags.verbose);
      const planned = flags.dryRun ? new Map<string, string>() : undefined;
      const report = await runScan(
        {
          connection: connectionFromFlags(flags),
          cluster: flags.cluster,
          dir: flags.dir,
          filter: { include: flags.include, exclude: flags.exclude, includeInternal: flags.includeInternal },
          sampling: {
            samplesPerPartition: flags.samples,
            from: flags.sampleFrom,
            maxBytesPerTopic: flags.maxBytesPerTopic,
            topicTimeoutMs: flags.topicTimeout,
            scanTimeoutMs: flags.scanTimeout,
          },
          naming: { namespace: flags.namespace },
          schemaRegistry: flags.schemaRegistryUrl
            ? {
                url: flags.schemaRegistryUrl,
                username: flags.schemaRegistryUsername,
                password: flags.schemaRegistryPassword ?? process.env.SCHEMA_REGISTRY_PASSWORD,
              }
            : undefined,
          datahub,
          dryRun: planned,
        },
        logger,
      );
      if (planned) logger.info(`dry run: nothing was written under ${flags.dir}/${flags.cluster} (and no vanished folder removed)`);
      if (planned && flags.format === 'markdown') {
        const { renderScanMarkdown } = await import('./scan-markdown');
        const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
        process.stdout.write(
          await renderScanMarkdown(report, planned, { dir: flags.dir, repository: flags.repository, serverUrl, baseBranch: flags.baseBranch }),
        );
      } else {
        // As the scan's pull request would: vanished folders go, unless partial, too many at once or a dry run.
        const keptBy = (reason: string) => ({ removed: [], kept: [...report.vanished], ...(report.vanished.length > 0 ? { reason } : {}) });
        const removal = planned
          ? keptBy('--dry-run')
          : flags.keepVanished
            ? keptBy('--keep-vanished')
            : await removeVanishedTopics(report, flags.maxVanishedPercent, '--max-vanished-percent');
        process.stdout.write(flags.json ? `${JSON.stringify({ ...report, vanishedRemoval: removal }, null, 2)}\n` : formatScanReport(report, removal));
      }
      if (report.partial) settle({ status: 'partial', reason: 'some topics could not be read; their files were left as committed' });
    });
}
