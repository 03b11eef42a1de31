import type { Command } from 'commander';
import { checkClusterName } from '../catalog/layout';
import { runEmit, type EmitOptions } from '../datahub/emit-run';
import type { PullRequestLink } from '../datahub/aspects';
import { checkIdentity } from '../catalog/cluster-file';
import { UsageError } from '../util/errors';
import { parseOwnerMapping } from '../datahub/topic-metadata';
import { formatEmitReport } from '../datahub/report-text';
import { stderrLogger } from '../util/log';
import { checkHttpUrl } from '../util/url';
import { collect } from './options';
import type { Settle } from './settle';

export { runEmit, type EmitOptions, type EmitReport, type TopicEmitResult } from '../datahub/emit-run';

interface EmitFlags {
  dir: string;
  cluster?: string;
  gms?: string;
  token?: string;
  env?: string;
  platformInstance?: string;
  out?: string;
  topic: string[];
  deleted: string[];
  full?: boolean;
  ownerMapping: string[];
  sourceUrl?: string;
  pullRequest?: string;
  json?: boolean;
  verbose?: boolean;
}

/** A pull request by its web URL; the number when the URL has one (`/pull/12`, GitLab's `/merge_requests/12`). */
function pullRequestLink(url: string): PullRequestLink {
  const number = /\/(?:pull|pulls|merge_requests)\/(\d+)(?:[/?#]|$)/.exec(url)?.[1];
  return number === undefined ? { url } : { url, number: Number(number) };
}

/** `emit`: committed kafka-schemas/ → DataHub (GMS REST, or a file of proposals). */
export function registerEmitCommand(program: Command, settle: Settle): void {
  program
    .command('emit')
    .description('send the committed schemas and topic metadata to DataHub GMS (or write them as an MCP file)')
    .option('-d, --dir <path>', 'schema directory', 'kafka-schemas')
    .option('-c, --cluster <name>', 'only this cluster folder (default: every cluster under --dir)')
    .option('--gms <url>', 'DataHub GMS URL, e.g. http://datahub-gms:8080', process.env.DATAHUB_GMS_URL)
    .option('--token <token>', 'DataHub access token (prefer the DATAHUB_GMS_TOKEN environment variable)')
    .option('--env <env>', 'DataHub environment (fabric) of the datasets, for clusters whose cluster.json sets none (default PROD)')
    .option('--platform-instance <name>', 'DataHub platform instance, for clusters whose cluster.json sets none')
    .option('-o, --out <file>', 'write the proposals to this file (DataHub MCP file format) instead of sending them')
    .option('--topic <name>', 'only this topic, `topic` or `cluster/topic` (repeatable)', collect, [])
    .option('--deleted <name>', 'soft-delete this topic in DataHub (repeatable)', collect, [])
    .option('--full', 'emit every committed topic and report drift against DataHub')
    .option(
      '--owner-mapping <rule>',
      'how GitHub owners in topic.json become DataHub owners: @user=<urn template with {user}> or @org/team=<urn template with {org}, {team}> (repeatable; default @user=urn:li:corpuser:{user}, @org/team=urn:li:corpGroup:{team})',
      collect,
      [],
    )
    .option(
      '--source-url <url>',
      "web URL of the schema directory on the default branch (e.g. https://github.com/o/r/tree/main/kafka-schemas): each dataset links to its topic's folder",
    )
    .option('--pull-request <url>', 'the pull request the emitted change came from: each emitted dataset links to it too (needs --source-url)')
    .option('--json', 'print the report as JSON')
    .option('-v, --verbose', 'log details')
    .action(async (flags: EmitFlags) => {
      if (flags.cluster !== undefined) checkClusterName(flags.cluster, '--cluster');
      if (flags.gms) checkHttpUrl(flags.gms, '--gms');
      const ownerMapping = parseOwnerMapping(flags.ownerMapping, '--owner-mapping');
      const logger = stderrLogger(flags.verbose);
      checkIdentity({ env: flags.env, platformInstance: flags.platformInstance }, { env: '--env', platformInstance: '--platform-instance' });
      const options: EmitOptions = { dir: flags.dir, deletedTopics: flags.deleted, ownerMapping };
      if (flags.env) options.env = flags.env;
      if (flags.cluster) options.cluster = flags.cluster;
      if (flags.gms) options.gms = flags.gms;
      const token = flags.token ?? process.env.DATAHUB_GMS_TOKEN;
      if (token) options.token = token;
      if (flags.platformInstance) options.platformInstance = flags.platformInstance;
      if (flags.out) options.out = flags.out;
      if (flags.topic.length > 0) options.topics = flags.topic;
      if (flags.full) options.full = true;
      if (flags.pullRequest !== undefined && flags.sourceUrl === undefined) throw new UsageError('--pull-request needs --source-url (the links go together)');
      if (flags.sourceUrl !== undefined) {
        checkHttpUrl(flags.sourceUrl, '--source-url');
        if (flags.pullRequest !== undefined) checkHttpUrl(flags.pullRequest, '--pull-request');
        const pullRequest = flags.pullRequest === undefined ? null : pullRequestLink(flags.pullRequest);
        options.links = { treeUrl: flags.sourceUrl, lastChange: () => ({ pullRequest }) };
      }
      const report = await runEmit(options, logger);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatEmitReport(report));
      if (report.partial) settle({ status: 'partial', reason: 'some topics could not be emitted (see above)' });
    });
}
