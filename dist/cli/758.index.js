export const id = 758;
export const ids = [758];
export const modules = {

/***/ 26052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ addConnectionOptions),
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   X1: () => (/* binding */ percentage)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27009);

function positiveInteger(text) {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value <= 0)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di('expected a positive whole number');
    return value;
}
/** A whole number from 0 to 100 (a trailing % allowed). */
function percentage(text) {
    if (!/^\d{1,3}%?$/.test(text) || Number(text.replace(/%$/, '')) > 100)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di('expected a percentage from 0 to 100');
    return Number(text.replace(/%$/, ''));
}
function collect(value, previous = []) {
    return [...previous, value];
}
/** Connection flags shared by every command that talks to Kafka. Secrets may come from the environment. */
function addConnectionOptions(command) {
    return command
        .requiredOption('-b, --brokers <list>', 'bootstrap brokers, host:port[,host:port]', process.env.KAFKA_BROKERS)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--sasl-mechanism <mechanism>', 'SASL mechanism').choices(['plain', 'scram-sha-256', 'scram-sha-512']))
        .option('--sasl-username <name>', 'SASL user name', process.env.KAFKA_SASL_USERNAME)
        .option('--sasl-password <password>', 'SASL password (prefer the KAFKA_SASL_PASSWORD environment variable)')
        .option('--ssl', 'connect with TLS (system CAs unless --ssl-ca)')
        .option('--ssl-ca <file>', "PEM file of the CA that signed the brokers' certificates (implies --ssl)")
        .option('--ssl-cert <file>', 'PEM file of the client certificate (implies --ssl)')
        .option('--ssl-key <file>', 'PEM file of the client key (implies --ssl)')
        .option('--ssl-key-password <password>', 'passphrase of the client key (prefer KAFKA_SSL_KEY_PASSWORD)')
        .option('--ssl-insecure', "do not verify the brokers' certificates (testing only)")
        .option('--connection-timeout <ms>', 'connection timeout per broker in milliseconds', positiveInteger, 10_000);
}


/***/ }),

/***/ 39758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerScanCommand: () => (/* binding */ registerScanCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/index.js + 7 modules
var commander = __webpack_require__(27009);
// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/cluster-file.ts
var cluster_file = __webpack_require__(35236);
// EXTERNAL MODULE: ./src/infer/names.ts
var names = __webpack_require__(83748);
// EXTERNAL MODULE: ./src/scan/run-scan.ts + 8 modules
var run_scan = __webpack_require__(79302);
// EXTERNAL MODULE: ./src/scan/report-text.ts
var report_text = __webpack_require__(73247);
// EXTERNAL MODULE: ./src/scan/vanished.ts
var vanished = __webpack_require__(47943);
// EXTERNAL MODULE: ./src/kafka/sample.ts + 5 modules
var sample = __webpack_require__(92619);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/util/url.ts
var url = __webpack_require__(77997);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
// EXTERNAL MODULE: ./src/kafka/connect.ts + 1 modules
var connect = __webpack_require__(29010);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/kafka/connection-options.ts


/** Turns flags (CLI) or inputs (action) into connection options; secrets may come from the environment. */
function connectionFromFlags(flags, env = process.env, names = connect/* CLI_NAMES */.Q4) {
    const options = {
        brokers: (0,connect/* parseBrokers */.U)(flags.brokers, names),
        connectionTimeoutMs: flags.connectionTimeout,
    };
    if (flags.saslMechanism) {
        const mechanism = (0,connect/* parseSaslMechanism */.gL)(flags.saslMechanism, names.saslMechanism);
        const username = flags.saslUsername ?? env.KAFKA_SASL_USERNAME;
        const password = flags.saslPassword ?? env.KAFKA_SASL_PASSWORD;
        if (!username || password === undefined) {
            throw new errors/* UsageError */.e(`SASL needs a user name and a password (${names.credentials})`);
        }
        options.sasl = { mechanism, username, password };
    }
    const tls = flags.ssl || flags.sslCa || flags.sslCert || flags.sslKey || flags.sslInsecure;
    if (tls) {
        if (Boolean(flags.sslCert) !== Boolean(flags.sslKey)) {
            throw new errors/* UsageError */.e(`a TLS client certificate needs both ${names.tlsClient}`);
        }
        options.ssl = {
            ca: flags.sslCa,
            cert: flags.sslCert,
            key: flags.sslKey,
            passphrase: flags.sslKeyPassword ?? env.KAFKA_SSL_KEY_PASSWORD,
            rejectUnauthorized: !flags.sslInsecure,
        };
    }
    return options;
}

;// CONCATENATED MODULE: ./src/commands/scan.ts













function registerScanCommand(program, settle) {
    const command = program.command('scan').description('sample every topic of a cluster, infer Avro schemas and write them under <dir>/<cluster>/<topic>/');
    (0,options/* addConnectionOptions */.AM)(command)
        .option('-c, --cluster <name>', 'cluster name: the folder under --dir', 'default')
        .option('-d, --dir <path>', 'schema directory', 'kafka-schemas')
        .option('--include <regex>', 'only topics matching this regex (repeatable)', options/* collect */.Fo, [])
        .option('--exclude <regex>', 'skip topics matching this regex (repeatable)', options/* collect */.Fo, [])
        .option('--include-internal', 'also scan internal topics (names starting with _)')
        .option('-n, --samples <count>', 'records per partition', options/* positiveInteger */.Cq, sample/* defaultSampleOptions */.qr.samplesPerPartition)
        .addOption(new commander/* Option */.c$('--sample-from <where>', 'read the newest or the oldest records').choices(['latest', 'earliest']).default(sample/* defaultSampleOptions */.qr.from))
        .option('--max-bytes-per-topic <bytes>', 'stop reading a topic after this many bytes', options/* positiveInteger */.Cq, sample/* defaultSampleOptions */.qr.maxBytesPerTopic)
        .option('--topic-timeout <ms>', 'time budget per topic', options/* positiveInteger */.Cq, sample/* defaultSampleOptions */.qr.topicTimeoutMs)
        .option('--scan-timeout <ms>', 'time budget for sampling all topics', options/* positiveInteger */.Cq, sample/* defaultSampleOptions */.qr.scanTimeoutMs)
        .option('--namespace <namespace>', 'Avro namespace of inferred records')
        .option('--schema-registry-url <url>', 'Confluent-framed topics use their registered Avro schemas from this registry', process.env.SCHEMA_REGISTRY_URL)
        .option('--schema-registry-username <name>', 'registry basic-auth user (API key)', process.env.SCHEMA_REGISTRY_USERNAME)
        .option('--schema-registry-password <password>', 'registry basic-auth password (prefer SCHEMA_REGISTRY_PASSWORD)')
        .option('--platform-instance <name>', "the cluster's DataHub platform instance, recorded in <dir>/<cluster>/cluster.json on its first scan")
        .option('--datahub-env <env>', "the cluster's DataHub environment (fabric), recorded in cluster.json on its first scan")
        .option('--max-vanished-percent <percent>', 'remove the folders of vanished topics only when at most this share of the committed topics vanished at once (100: always)', options/* percentage */.X1, vanished/* DEFAULT_MAX_VANISHED_PERCENT */.ML)
        .option('--keep-vanished', 'keep the folders of vanished topics')
        .option('--json', 'print the report as JSON')
        .option('--dry-run', 'write nothing: no schema file, no cluster.json, no folder removed')
        .addOption(new commander/* Option */.c$('--format <format>', 'text: the report; markdown (with --dry-run): the PR title and body, topics issue and job summary the action would post')
        .choices(['text', 'markdown'])
        .default('text'))
        .option('--repository <owner/repo>', 'for the links of --format markdown', process.env.GITHUB_REPOSITORY ?? 'OWNER/REPO')
        .option('--base-branch <name>', 'for the links of --format markdown', 'main')
        .option('-v, --verbose', 'log details (never message contents)')
        .action(async (flags) => {
        (0,layout/* checkClusterName */.YN)(flags.cluster, '--cluster');
        if (flags.namespace !== undefined)
            (0,names/* checkAvroNamespace */.g)(flags.namespace, '--namespace');
        if (flags.schemaRegistryUrl)
            (0,url/* checkHttpUrl */.Om)(flags.schemaRegistryUrl, '--schema-registry-url');
        const datahub = { platformInstance: flags.platformInstance, env: flags.datahubEnv };
        (0,cluster_file/* checkIdentity */.Z0)(datahub, { env: '--datahub-env', platformInstance: '--platform-instance' });
        if (flags.format === 'markdown' && !flags.dryRun)
            throw new errors/* UsageError */.e('--format markdown needs --dry-run: the preview compares the scan with the files as committed');
        const logger = (0,log/* stderrLogger */.D)(flags.verbose);
        const planned = flags.dryRun ? new Map() : undefined;
        const report = await (0,run_scan/* runScan */.H)({
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
        }, logger);
        if (planned)
            logger.info(`dry run: nothing was written under ${flags.dir}/${flags.cluster} (and no vanished folder removed)`);
        if (planned && flags.format === 'markdown') {
            const { renderScanMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(362), __webpack_require__.e(688), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 10341));
            const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
            process.stdout.write(await renderScanMarkdown(report, planned, { dir: flags.dir, repository: flags.repository, serverUrl, baseBranch: flags.baseBranch }));
        }
        else {
            // As the scan's pull request would: vanished folders go, unless partial, too many at once or a dry run.
            const keptBy = (reason) => ({ removed: [], kept: [...report.vanished], ...(report.vanished.length > 0 ? { reason } : {}) });
            const removal = planned
                ? keptBy('--dry-run')
                : flags.keepVanished
                    ? keptBy('--keep-vanished')
                    : await (0,vanished/* removeVanishedTopics */.Zl)(report, flags.maxVanishedPercent, '--max-vanished-percent');
            process.stdout.write(flags.json ? `${JSON.stringify({ ...report, vanishedRemoval: removal }, null, 2)}\n` : (0,report_text/* formatScanReport */.p)(report, removal));
        }
        if (report.partial)
            settle({ status: 'partial', reason: 'some topics could not be read; their files were left as committed' });
    });
}


/***/ })

};
