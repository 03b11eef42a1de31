export const id = 237;
export const ids = [237];
export const modules = {

/***/ 20837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ isValidTopicName),
/* harmony export */   Fr: () => (/* binding */ TOPIC_FILE),
/* harmony export */   Ph: () => (/* binding */ KEY_SCHEMA_FILE),
/* harmony export */   YN: () => (/* binding */ checkClusterName),
/* harmony export */   _O: () => (/* binding */ clusterDir),
/* harmony export */   lP: () => (/* binding */ VALUE_SCHEMA_FILE),
/* harmony export */   q2: () => (/* binding */ MAX_SCHEMA_FILE_BYTES),
/* harmony export */   rG: () => (/* binding */ topicDir)
/* harmony export */ });
/* unused harmony exports isValidClusterName, assertClusterName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * The committed layout, the product's contract with its users:
 *   <dir>/<cluster>/<topic>/value.avsc | key.avsc | topic.json
 */
const VALUE_SCHEMA_FILE = 'value.avsc';
const KEY_SCHEMA_FILE = 'key.avsc';
const TOPIC_FILE = 'topic.json';
/**
 * The largest committed file, written or read (bytes). Deep nesting makes the 2-space layout grow
 * with the square of the depth (a 2 kB message nested 1,000 levels formats to ~27 MB), which no
 * one can review and GitHub cannot show; a larger file in a checkout is not read at all.
 */
const MAX_SCHEMA_FILE_BYTES = 2 * 1024 * 1024;
/** Kafka's own rule for topic names (and a safe path segment: `.` and `..` are not topics). */
const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const CLUSTER_NAME = /^[A-Za-z0-9._-]{1,100}$/;
function isValidTopicName(name) {
    return TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}
const CLUSTER_NAME_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (not '.' or '..')";
function isValidClusterName(name) {
    return CLUSTER_NAME.test(name) && name !== '.' && name !== '..';
}
function assertClusterName(name) {
    if (!isValidClusterName(name))
        throw new Error(`invalid cluster name ${JSON.stringify(name)}: ${CLUSTER_NAME_RULE}`);
}
/** Validates a cluster name where it enters (`what`: the flag or input that gave it): a usage error. */
function checkClusterName(name, what) {
    if (!isValidClusterName(name))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${what} ${JSON.stringify(name)} is not a valid cluster name: ${CLUSTER_NAME_RULE}`);
}
function clusterDir(root, cluster) {
    assertClusterName(cluster);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, cluster);
}
function topicDir(root, cluster, topic) {
    if (!isValidTopicName(topic))
        throw new Error(`invalid topic name ${JSON.stringify(topic)}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(clusterDir(root, cluster), topic);
}


/***/ }),

/***/ 63237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatEmitReport: () => (/* binding */ formatEmitReport),
  registerEmitCommand: () => (/* binding */ registerEmitCommand),
  runEmit: () => (/* reexport */ runEmit)
});

// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/atomic-write.ts
var atomic_write = __webpack_require__(92436);
// EXTERNAL MODULE: ./src/catalog/read.ts
var read = __webpack_require__(20939);
// EXTERNAL MODULE: ./src/catalog/safe-fs.ts
var safe_fs = __webpack_require__(91704);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/url.ts
var url = __webpack_require__(77997);
// EXTERNAL MODULE: ./src/util/version.ts
var version = __webpack_require__(76092);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/datahub/field-paths.ts + 2 modules
var field_paths = __webpack_require__(79175);
;// CONCATENATED MODULE: ./src/datahub/topic-metadata.ts
/**
 * The user-owned fields of topic.json that become DataHub aspects. Accepted shapes:
 *   owners: "alice" | "urn:li:corpuser:alice" | "urn:li:corpGroup:team"
 *           | { "owner": <one of those>, "type": "TECHNICAL_OWNER" | "BUSINESS_OWNER" | ... }
 *           or a list of these (bare names are users; the default type is TECHNICAL_OWNER)
 *   tags:   "pii" | "urn:li:tag:pii", or a list of these
 *   domain: "payments" (becomes urn:li:domain:payments) | "urn:li:domain:<id>"
 */
const OWNERSHIP_TYPES = [
    'TECHNICAL_OWNER',
    'BUSINESS_OWNER',
    'DATA_STEWARD',
    'NONE',
    'DEVELOPER',
    'DATAOWNER',
    'DELEGATE',
    'PRODUCER',
    'CONSUMER',
    'STAKEHOLDER',
];
class TopicMetadataError extends Error {
    name = 'TopicMetadataError';
}
const SIMPLE_NAME = /^[^\s,()]+$/;
function list(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
function ownerUrn(value) {
    if (typeof value !== 'string' || value.trim() === '')
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a non-empty string`);
    if (/^urn:li:(corpuser|corpGroup):[^\s]+$/.test(value))
        return value;
    if (value.startsWith('urn:'))
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a urn:li:corpuser: or urn:li:corpGroup: URN`);
    if (!SIMPLE_NAME.test(value))
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a valid user name`);
    return `urn:li:corpuser:${value}`;
}
function owner(value) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const { owner: who, type = 'TECHNICAL_OWNER' } = value;
        if (!OWNERSHIP_TYPES.includes(type)) {
            throw new TopicMetadataError(`owner type ${JSON.stringify(type)} must be one of ${OWNERSHIP_TYPES.join(', ')}`);
        }
        return { owner: ownerUrn(who), type: type };
    }
    return { owner: ownerUrn(value), type: 'TECHNICAL_OWNER' };
}
function tagUrn(value) {
    if (typeof value !== 'string' || value.trim() === '')
        throw new TopicMetadataError(`tag ${JSON.stringify(value)} must be a non-empty string`);
    const name = value.startsWith('urn:li:tag:') ? value.slice('urn:li:tag:'.length) : value;
    if (!SIMPLE_NAME.test(name))
        throw new TopicMetadataError(`tag ${JSON.stringify(value)} is not a valid tag name`);
    return `urn:li:tag:${name}`;
}
function domainUrn(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '')
        throw new TopicMetadataError(`domain ${JSON.stringify(value)} must be a non-empty string`);
    const id = value.startsWith('urn:li:domain:') ? value.slice('urn:li:domain:'.length) : value;
    if (!SIMPLE_NAME.test(id))
        throw new TopicMetadataError(`domain ${JSON.stringify(value)} is not a valid domain id`);
    return `urn:li:domain:${id}`;
}
function unique(items, key) {
    const seen = new Set();
    return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
/** Reads owners, tags and domain from topic.json; throws TopicMetadataError naming what is wrong. */
function topicMetadata(topicFile) {
    const metadata = {};
    if (topicFile === undefined)
        return metadata;
    if ('owners' in topicFile)
        metadata.owners = unique(list(topicFile.owners).map(owner), (o) => `${o.owner} ${o.type}`);
    if ('tags' in topicFile)
        metadata.tags = unique(list(topicFile.tags).map(tagUrn), (t) => t);
    if ('domain' in topicFile) {
        const domain = domainUrn(topicFile.domain);
        metadata.domains = domain === undefined ? [] : [domain];
    }
    return metadata;
}

;// CONCATENATED MODULE: ./src/datahub/urn.ts
/** DataHub URNs for Kafka topics and the user-owned metadata around them. */
const KAFKA_PLATFORM_URN = 'urn:li:dataPlatform:kafka';
/** `urn:li:dataset:(urn:li:dataPlatform:kafka,[<instance>.]<topic>,<ENV>)`, as DataHub's Kafka source builds it. */
function datasetUrn(topic, env, platformInstance) {
    const name = platformInstance ? `${platformInstance}.${topic}` : topic;
    return `urn:li:dataset:(${KAFKA_PLATFORM_URN},${name},${env})`;
}
function platformInstanceUrn(platformInstance) {
    return `urn:li:dataPlatformInstance:(${KAFKA_PLATFORM_URN},${platformInstance})`;
}
/** The dataset name inside a Kafka dataset URN (`[<instance>.]<topic>`), or undefined for other URNs. */
function datasetNameOf(urn) {
    const match = /^urn:li:dataset:\(urn:li:dataPlatform:kafka,(.+),([^,()]+)\)$/.exec(urn);
    return match ? { name: match[1], env: match[2] } : undefined;
}

// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(88996);
;// CONCATENATED MODULE: ./src/datahub/aspects.ts





/** DataHub's defaults for audit stamps, written out so our aspects equal the SDK's round trip of them. */
const UNKNOWN_AUDIT_STAMP = { time: 0, actor: 'urn:li:corpuser:unknown' };
function md5(text) {
    return (0,external_node_crypto_.createHash)('md5').update(text, 'utf8').digest('hex');
}
function schemaMetadata(topic, warnings) {
    if (topic.valueText === undefined && topic.keyText === undefined)
        return undefined;
    const conversion = (0,field_paths/* kafkaSchemaFields */.b)(topic.valueText, topic.keyText);
    if (conversion.error)
        warnings.push(`DataHub's Avro converter gives no fields for this schema (${conversion.error})`);
    const kafkaSchema = {
        documentSchema: topic.valueText ?? '',
    };
    if (topic.valueText !== undefined)
        kafkaSchema.documentSchemaType = 'AVRO';
    if (topic.keyText !== undefined) {
        kafkaSchema.keySchema = topic.keyText;
        kafkaSchema.keySchemaType = 'AVRO';
    }
    return {
        aspectName: 'schemaMetadata',
        value: {
            schemaName: topic.topic,
            platform: KAFKA_PLATFORM_URN,
            version: 0,
            created: UNKNOWN_AUDIT_STAMP,
            lastModified: UNKNOWN_AUDIT_STAMP,
            // As DataHub's Kafka source: md5 over the value schema text followed by the key schema text.
            hash: md5((topic.valueText ?? '') + (topic.keyText ?? '')),
            platformSchema: { 'com.linkedin.schema.KafkaSchema': kafkaSchema },
            fields: conversion.fields,
        },
    };
}
function customProperties(topic) {
    const file = topic.topicFile;
    const properties = {};
    if (file?.partitions !== undefined)
        properties.Partitions = String(file.partitions);
    if (file?.replicationFactor !== undefined)
        properties['Replication Factor'] = String(file.replicationFactor);
    for (const [name, value] of Object.entries(file?.configs ?? {}))
        (0,own/* setOwn */.P)(properties, name, String(value)); // names from topic.json are data
    return properties;
}
function description(topic) {
    const fromFile = topic.topicFile?.description;
    if (typeof fromFile === 'string' && fromFile.trim() !== '')
        return fromFile;
    const value = topic.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.doc === 'string' && value.doc !== '') {
        return value.doc;
    }
    return undefined;
}
/**
 * The aspects DataHub's Kafka source would emit for the topic, plus the user-owned metadata
 * of topic.json. Throws TopicMetadataError when topic.json's owners/tags/domain are malformed.
 */
function topicAspects(topic, settings) {
    const urn = datasetUrn(topic.topic, settings.env, settings.platformInstance);
    const warnings = [];
    const metadata = topicMetadata(topic.topicFile);
    const aspects = [{ aspectName: 'status', value: { removed: false } }];
    const schema = schemaMetadata(topic, warnings);
    if (schema)
        aspects.push(schema);
    const properties = { customProperties: customProperties(topic), name: topic.topic };
    const text = description(topic);
    if (text !== undefined)
        properties.description = text;
    properties.tags = [];
    aspects.push({ aspectName: 'datasetProperties', value: properties });
    aspects.push({ aspectName: 'subTypes', value: { typeNames: ['Topic'] } });
    const browsePath = [];
    if (settings.platformInstance) {
        const instance = platformInstanceUrn(settings.platformInstance);
        browsePath.push({ id: instance, urn: instance });
        aspects.push({ aspectName: 'dataPlatformInstance', value: { platform: KAFKA_PLATFORM_URN, instance } });
    }
    browsePath.push({ id: settings.env.toLowerCase() }, { id: 'kafka' });
    aspects.push({ aspectName: 'browsePathsV2', value: { path: browsePath } });
    if (metadata.owners) {
        aspects.push({
            aspectName: 'ownership',
            value: { owners: metadata.owners.map((o) => ({ owner: o.owner, type: o.type })), ownerTypes: {}, lastModified: UNKNOWN_AUDIT_STAMP },
        });
    }
    if (metadata.tags)
        aspects.push({ aspectName: 'globalTags', value: { tags: metadata.tags.map((tag) => ({ tag })) } });
    if (metadata.domains)
        aspects.push({ aspectName: 'domains', value: { domains: metadata.domains } });
    return { topic: topic.topic, urn, aspects, warnings };
}
/** A topic whose folder was deleted: soft-deleted in DataHub (status.removed), nothing else touched. */
function removedTopicAspects(topic, settings) {
    return {
        topic,
        urn: datasetUrn(topic, settings.env, settings.platformInstance),
        aspects: [{ aspectName: 'status', value: { removed: true } }],
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/datahub/list-datasets.ts

/** DataHub's Kafka datasets (not soft-deleted), by GraphQL `scrollAcrossEntities`, all pages. */
const SCROLL_QUERY = `query scoutKafkaDatasets($input: ScrollAcrossEntitiesInput!) {
  scrollAcrossEntities(input: $input) {
    nextScrollId
    count
    searchResults { entity { urn } }
  }
}`;
const PAGE_SIZE = 1000;
/** A guard against a server that never ends the scroll. */
const MAX_PAGES = 10_000;
async function listKafkaDatasetUrns(emitter) {
    const urns = [];
    let scrollId = null;
    for (let page = 0; page < MAX_PAGES; page++) {
        const input = {
            types: ['DATASET'],
            query: '*',
            count: PAGE_SIZE,
            orFilters: [
                {
                    and: [
                        { field: 'platform', values: [KAFKA_PLATFORM_URN] },
                        { field: 'removed', values: ['true'], negated: true },
                    ],
                },
            ],
        };
        if (scrollId)
            input.scrollId = scrollId;
        const answer = await emitter.graphql(SCROLL_QUERY, { input });
        const result = answer.scrollAcrossEntities;
        if (!result)
            break;
        urns.push(...result.searchResults.map((r) => r.entity.urn));
        scrollId = result.nextScrollId;
        if (!scrollId || result.searchResults.length === 0)
            break;
    }
    return [...new Set(urns)].sort();
}
/** Compares committed topics with DataHub's dataset URNs for the same env and platform instance. */
function compareWithDataHub(committedTopics, datahubUrns, settings) {
    const prefix = settings.platformInstance ? `${settings.platformInstance}.` : '';
    const inDataHub = new Set();
    for (const urn of datahubUrns) {
        const parsed = datasetNameOf(urn);
        if (!parsed || parsed.env !== settings.env)
            continue;
        if (prefix && !parsed.name.startsWith(prefix))
            continue;
        const topic = parsed.name.slice(prefix.length);
        // Without an instance, names like "other-instance.topic" may belong to another instance; keep them.
        inDataHub.add(topic);
    }
    const committed = new Set(committedTopics);
    return {
        missingInDataHub: [...committed].filter((t) => !inDataHub.has(t)).sort(),
        missingInRepository: [...inDataHub].filter((t) => !committed.has(t)).sort(),
    };
}

;// CONCATENATED MODULE: ./src/datahub/proposals.ts
function proposal(urn, aspect, systemMetadata) {
    const result = {
        entityType: 'dataset',
        entityUrn: urn,
        changeType: 'UPSERT',
        aspectName: aspect.aspectName,
        aspect: { value: JSON.stringify(aspect.value), contentType: 'application/json' },
    };
    if (systemMetadata)
        result.systemMetadata = systemMetadata;
    return result;
}
function topicProposals(topic, systemMetadata) {
    return topic.aspects.map((aspect) => proposal(topic.urn, aspect, systemMetadata));
}
function toFileProposal(rest) {
    const { aspect, ...rest_ } = rest;
    return { ...rest_, aspect: { json: JSON.parse(aspect.value) } };
}
/** DataHub's file format for MCPs: a JSON array, one 4-space-indented object per record. */
function formatProposalFile(proposals) {
    if (proposals.length === 0)
        return '[]\n';
    return `[\n${proposals.map((p) => JSON.stringify(toFileProposal(p), null, 4)).join(',\n')}\n]\n`;
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/datahub/rest-emitter.ts




const DEFAULT_MAX_BATCH_PROPOSALS = 200;
/** GMS rejects requests over 16,000,000 bytes; DataHub's SDK keeps 15 MiB for the payload. */
const DEFAULT_MAX_BATCH_BYTES = 15 * 1024 * 1024;
const RETRY_STATUS_CODES = [429, 500, 502, 503, 504];
/** A failure talking to GMS; the message never contains the token. */
class DataHubError extends Error {
    status;
    name = 'DataHubError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * GMS refused the token (401, or 403 on every request): the whole emit failed, not some topics,
 * and sending more would only be refused too.
 */
class DataHubAuthError extends DataHubError {
    name = 'DataHubAuthError';
}
/** The URL answers, but it is not DataHub GMS (e.g. DataHub's frontend, or another service). */
class NotDataHubError extends DataHubError {
    name = 'NotDataHubError';
}
class DataHubRestEmitter {
    options;
    base;
    /** The base as printed: credentials masked. */
    shownBase;
    redactor;
    dispatcher;
    agent;
    logger;
    maxBatchProposals;
    maxBatchBytes;
    batchSupported = true;
    requestCount = 0;
    bytesSent = 0;
    constructor(options) {
        this.options = options;
        this.base = (0,url/* withoutCredentials */.ri)(options.gms).url.replace(/\/+$/, '');
        this.shownBase = (0,url/* redactUrl */.BO)(options.gms).replace(/\/+$/, '');
        this.redactor = new redact/* Redactor */.p([options.token]);
        const timeout = options.timeoutMs ?? 30_000;
        this.agent = new undici/* Agent */.g6({ connectTimeout: timeout, headersTimeout: timeout, bodyTimeout: timeout, connections: 8 });
        this.dispatcher = this.agent.compose(undici/* interceptors */.dY.retry({
            maxRetries: options.maxRetries ?? 5,
            minTimeout: options.minRetryDelayMs ?? 500,
            maxTimeout: options.maxRetryDelayMs ?? 30_000,
            timeoutFactor: 2,
            retryAfter: true,
            // Every GMS call here is idempotent (UPSERT, reads), so POST may be retried too.
            methods: ['GET', 'POST'],
            statusCodes: RETRY_STATUS_CODES,
            errorCodes: ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'],
        }));
        this.logger = options.logger ?? log/* silentLogger */.q;
        this.maxBatchProposals = options.maxBatchProposals ?? DEFAULT_MAX_BATCH_PROPOSALS;
        this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    }
    async close() {
        await this.agent.close();
    }
    /** Removes the token (in any form a server may echo it) and URL credentials from anything that may end up in a log or an error. */
    redact(text) {
        return this.redactor.redact((0,url/* redactUrl */.BO)(text));
    }
    /** 401 (or 403 everywhere): the token, or its absence, is the problem. */
    refused(status, path) {
        const where = `${this.shownBase}${path}`;
        return new DataHubAuthError(this.options.token
            ? `DataHub GMS refused the token (HTTP ${status} from ${where})`
            : `DataHub GMS refused the request: no token was given (HTTP ${status} from ${where}); set DATAHUB_GMS_TOKEN or the datahub-token input`, status);
    }
    headers() {
        const headers = { 'X-RestLi-Protocol-Version': '2.0.0', 'Content-Type': 'application/json' };
        if (this.options.token)
            headers.Authorization = `Bearer ${this.options.token}`;
        return headers;
    }
    async call(method, path, body) {
        const url = `${this.base}${path}`;
        const shown = `${this.shownBase}${path}`;
        this.requestCount++;
        if (body !== undefined)
            this.bytesSent += Buffer.byteLength(body);
        try {
            const response = await (0,undici/* request */.Em)(url, { method, headers: this.headers(), body, dispatcher: this.dispatcher });
            return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
        }
        catch (error) {
            const err = error;
            const status = err.statusCode;
            const detail = status ? `HTTP ${status} after retries` : `${err.code ?? err.name}: ${err.message}`;
            throw new DataHubError(this.redact(`${method} ${shown} failed: ${detail}`), status);
        }
    }
    /** GET /config: proves the URL is GMS (its frontend answers HTML or a config without `noCode`). */
    async checkServer() {
        const response = await this.call('GET', '/config');
        const where = `${this.shownBase}/config`;
        if (response.status === 401 || response.status === 403)
            throw this.refused(response.status, '/config');
        if (response.status !== 200) {
            throw new NotDataHubError(`${where} answered HTTP ${response.status}: is this DataHub GMS (usually http://<gms-host>:8080, or <frontend>/api/gms)?`, response.status);
        }
        let raw;
        try {
            raw = JSON.parse(response.text);
        }
        catch {
            const html = /^\s*</.test(response.text);
            throw new NotDataHubError(html
                ? `${where} answered HTML: this looks like DataHub's frontend, not GMS; use the GMS URL (http://<gms-host>:8080 or <frontend>/api/gms)`
                : `${where} did not answer JSON: not DataHub GMS`);
        }
        if (typeof raw !== 'object' || raw === null || raw.noCode !== 'true') {
            throw new NotDataHubError(`${where} is not DataHub GMS's config (no "noCode": "true"); this looks like DataHub's frontend or another service: use the GMS URL (http://<gms-host>:8080 or <frontend>/api/gms)`);
        }
        const versions = raw.versions;
        const config = { raw: raw };
        const version = versions?.acryldata?.datahub?.version;
        if (version)
            config.version = version;
        return config;
    }
    failureReason(response) {
        let message = response.text;
        try {
            const parsed = JSON.parse(response.text);
            if (parsed.message)
                message = parsed.message;
        }
        catch {
            // not JSON: keep the text
        }
        // Masked before it is cut, so that no cut-off form of the token is left.
        return this.redact(`HTTP ${response.status}: ${message}`).slice(0, 500);
    }
    failure(response, path) {
        if (response.status === 401)
            throw this.refused(401, path);
        return { reason: this.failureReason(response), status: response.status };
    }
    static batchActionMissing(response) {
        if (response.status === 404)
            return true;
        return response.status === 400 && /ingestProposalBatch|unknown action|not found|no action/i.test(response.text);
    }
    /** Splits groups into batches within both limits, never splitting a group unless it alone is too big. */
    chunk(groups) {
        const chunks = [];
        let current = { keys: [], proposals: [], bytes: 0 };
        for (const group of groups) {
            const serialized = group.proposals.map((p) => JSON.stringify(p));
            const bytes = serialized.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0);
            const fits = current.proposals.length + serialized.length <= this.maxBatchProposals && current.bytes + bytes <= this.maxBatchBytes;
            if (!fits && current.proposals.length > 0) {
                chunks.push(current);
                current = { keys: [], proposals: [], bytes: 0 };
            }
            current.keys.push(group.key);
            for (const text of serialized) {
                if (current.proposals.length >= this.maxBatchProposals) {
                    chunks.push(current);
                    current = { keys: [group.key], proposals: [], bytes: 0 };
                }
                current.proposals.push(text);
                current.bytes += Buffer.byteLength(text) + 1;
            }
        }
        if (current.proposals.length > 0)
            chunks.push(current);
        return chunks;
    }
    async sendOne(proposalText) {
        const path = '/aspects?action=ingestProposal';
        const response = await this.call('POST', path, `{"proposal":${proposalText},"async":"false"}`);
        return response.status >= 200 && response.status < 300 ? undefined : this.failure(response, path);
    }
    async sendChunk(proposals) {
        if (this.batchSupported) {
            const path = '/aspects?action=ingestProposalBatch';
            const response = await this.call('POST', path, `{"proposals":[${proposals.join(',')}],"async":"false"}`);
            if (response.status >= 200 && response.status < 300)
                return undefined;
            if (!DataHubRestEmitter.batchActionMissing(response))
                return this.failure(response, path);
            this.logger.info('DataHub GMS has no ingestProposalBatch action: sending proposals one by one');
            this.batchSupported = false;
        }
        for (const text of proposals) {
            const failure = await this.sendOne(text);
            if (failure)
                return failure;
        }
        return undefined;
    }
    /**
     * Sends every group; a failed request fails all groups in it. Throws DataHubAuthError when GMS
     * refuses the token (a 401, or a 403 for every request: a 403 alone may be one entity's policy);
     * no other GMS answer throws.
     */
    async send(groups) {
        const failed = new Map();
        const startRequests = this.requestCount;
        const startBytes = this.bytesSent;
        const chunks = this.chunk(groups);
        let forbidden = 0;
        for (const chunk of chunks) {
            let failure;
            try {
                failure = await this.sendChunk(chunk.proposals);
            }
            catch (error) {
                if (error instanceof DataHubAuthError)
                    throw error;
                failure = { reason: this.redact(error.message) };
            }
            if (failure) {
                if (failure.status === 403)
                    forbidden++;
                this.logger.warn(`DataHub rejected ${chunk.keys.length} topic(s): ${failure.reason}`);
                for (const key of chunk.keys)
                    failed.set(key, failure.reason);
            }
        }
        if (chunks.length > 0 && forbidden === chunks.length)
            throw this.refused(403, '/aspects');
        return { failed, requests: this.requestCount - startRequests, bytes: this.bytesSent - startBytes };
    }
    /** POST /api/graphql; throws DataHubError on transport or GraphQL errors. */
    async graphql(query, variables) {
        const response = await this.call('POST', '/api/graphql', JSON.stringify({ query, variables }));
        if (response.status !== 200)
            throw new DataHubError(`GraphQL ${this.failureReason(response)}`, response.status);
        const parsed = JSON.parse(response.text);
        if (parsed.errors?.length)
            throw new DataHubError(this.redact(`GraphQL error: ${parsed.errors.map((e) => e.message).join('; ')}`));
        if (parsed.data === undefined)
            throw new DataHubError('GraphQL answer without data');
        return parsed.data;
    }
}

;// CONCATENATED MODULE: ./src/datahub/emit-run.ts











/** The cluster folders under the schema directory; anything there but a regular file is taken for one (a link fails when read). */
async function clusterNames(dir) {
    const root = await (0,safe_fs/* treeFolder */.vR)(dir, []);
    if (root === undefined)
        throw new util_errors/* UsageError */.e(`schema directory ${dir} does not exist`);
    const entries = await (0,safe_fs/* listTreeFolder */.FY)(root);
    return entries.filter((e) => !e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
}
/** Whether `selector` (`topic` or `cluster/topic`) names this topic. */
function selects(selector, cluster, topic) {
    return selector === topic || selector === `${cluster}/${topic}`;
}
function systemMetadata(now) {
    return {
        lastObserved: now,
        runId: `kafka-schema-scout-${new Date(now).toISOString().replace(/[:.]/g, '-')}`,
        properties: { clientId: 'kafka-schema-scout', clientVersion: version/* version */.r },
    };
}
/**
 * Turns the committed layout into DataHub proposals and sends them to GMS (or writes them to
 * `out`). Fatal problems (not DataHub, bad options) throw; per-topic problems are in the report.
 */
async function runEmit(options, logger) {
    const dir = options.dir ?? 'kafka-schemas';
    const env = options.env ?? 'PROD';
    const settings = options.platformInstance ? { env, platformInstance: options.platformInstance } : { env };
    if (!options.gms && !options.out)
        throw new util_errors/* UsageError */.e('emit needs --gms <url> (send to DataHub) or --out <file> (write the proposals)');
    if (!/^[A-Z0-9_]+$/i.test(env))
        throw new util_errors/* UsageError */.e(`invalid env ${JSON.stringify(env)}`);
    const now = options.now ?? Date.now;
    const metadata = systemMetadata(now());
    const clusters = options.cluster ? [options.cluster] : await clusterNames(dir);
    const subset = options.full ? undefined : options.topics;
    const planned = [];
    const errors = [];
    const seenUrns = new Map();
    for (const cluster of clusters) {
        let listing;
        try {
            listing = await (0,read/* listCommittedTopics */.NK)(dir, cluster);
        }
        catch (error) {
            if (!(error instanceof read/* CatalogFileError */.wZ))
                throw error;
            errors.push(error.message); // e.g. a cluster folder that is a link: reported, not skipped
            continue;
        }
        for (const name of listing.invalid)
            logger.warn(`${dir}/${cluster}/${name}: not a valid topic name, skipped`);
        // A topic name that is a link (or a pipe…) is read like the others: it fails by its path.
        for (const topic of [...listing.topics, ...listing.refused.map((entry) => entry.topic)].sort()) {
            if (subset && !subset.some((s) => selects(s, cluster, topic)))
                continue;
            const result = { cluster, topic, status: 'failed', warnings: [] };
            let aspects;
            try {
                aspects = topicAspects(await (0,read/* readCommittedTopic */.uc)(dir, cluster, topic), settings);
            }
            catch (error) {
                result.reason = (0,util_errors/* errorMessage */.g)(error);
                planned.push({ result, proposals: [], removal: false });
                continue;
            }
            result.urn = aspects.urn;
            result.warnings.push(...aspects.warnings);
            const other = seenUrns.get(aspects.urn);
            if (other)
                result.warnings.push(`same DataHub dataset as ${other}: set a platform instance per cluster`);
            seenUrns.set(aspects.urn, `${cluster}/${topic}`);
            planned.push({ result, proposals: topicProposals(aspects, metadata), removal: false });
        }
    }
    for (const deleted of options.deletedTopics ?? []) {
        const topic = deleted.includes('/') ? deleted.slice(deleted.lastIndexOf('/') + 1) : deleted;
        const cluster = deleted.includes('/') ? deleted.slice(0, deleted.lastIndexOf('/')) : undefined;
        if (!(0,layout/* isValidTopicName */.Dg)(topic)) {
            logger.warn(`deleted topic ${JSON.stringify(deleted)} is not a valid topic name, skipped`);
            continue;
        }
        const aspects = removedTopicAspects(topic, settings);
        const result = { topic, urn: aspects.urn, status: 'failed', warnings: [] };
        if (cluster)
            result.cluster = cluster;
        planned.push({ result, proposals: topicProposals(aspects, metadata), removal: true });
    }
    for (const { result } of planned) {
        for (const warning of result.warnings)
            logger.warn(`${result.cluster ? `${result.cluster}/` : ''}${result.topic}: ${warning}`);
    }
    const sendable = planned.filter((p) => p.proposals.length > 0);
    const proposalCount = sendable.reduce((sum, p) => sum + p.proposals.length, 0);
    if (options.out) {
        const content = formatProposalFile(sendable.flatMap((p) => p.proposals));
        await (0,atomic_write/* writeFileAtomic */.Z)(options.out, content);
        for (const p of sendable)
            p.result.status = p.removal ? 'removed' : 'written';
        logger.info(`wrote ${proposalCount} proposal(s) for ${sendable.length} topic(s) to ${options.out}`);
        return report('file', options.out, planned, errors, proposalCount, 0, Buffer.byteLength(content));
    }
    const emitter = new DataHubRestEmitter({ gms: options.gms, token: options.token, logger, ...options.rest });
    try {
        const config = await emitter.checkServer();
        logger.info(`DataHub GMS ${config.version ?? '(version unknown)'} at ${(0,url/* redactUrl */.BO)(options.gms)}`);
        const keyOf = (p) => `${p.result.cluster ?? ''}/${p.result.topic}/${p.result.urn}`;
        const sent = await emitter.send(sendable.map((p) => ({ key: keyOf(p), proposals: p.proposals })));
        for (const p of sendable) {
            const failure = sent.failed.get(keyOf(p));
            if (failure)
                p.result.reason = failure;
            else
                p.result.status = p.removal ? 'removed' : 'sent';
        }
        let drift;
        try {
            const urns = await listKafkaDatasetUrns(emitter);
            const committed = planned.filter((p) => !p.removal).map((p) => p.result.topic);
            if (!subset) {
                drift = compareWithDataHub(committed, urns, settings);
                if (drift.missingInDataHub.length)
                    logger.warn(`in the repository but not in DataHub: ${drift.missingInDataHub.join(', ')}`);
                if (drift.missingInRepository.length)
                    logger.warn(`in DataHub but not in the repository: ${drift.missingInRepository.join(', ')}`);
            }
        }
        catch (error) {
            logger.warn(`could not list DataHub's Kafka datasets: ${(0,util_errors/* errorMessage */.g)(error)}`);
        }
        const result = report('rest', (0,url/* redactUrl */.BO)(options.gms), planned, errors, proposalCount, emitter.requestCount, emitter.bytesSent);
        if (drift)
            result.drift = drift;
        return result;
    }
    finally {
        await emitter.close();
    }
}
function report(mode, target, planned, errors, proposals, requests, bytes) {
    const topics = planned.map((p) => p.result);
    return { mode, target, topics, errors, proposals, requests, bytes, partial: errors.length > 0 || topics.some((t) => t.status === 'failed') };
}

// EXTERNAL MODULE: ./src/util/exit-code.ts
var exit_code = __webpack_require__(67542);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/emit.ts







function formatEmitReport(report) {
    const count = (status) => report.topics.filter((t) => t.status === status).length;
    const lines = [
        `${report.mode === 'file' ? 'wrote' : 'sent'} ${report.proposals} proposal(s) to ${report.target}: ` +
            `${count(report.mode === 'file' ? 'written' : 'sent')} topic(s) ok, ${count('removed')} soft-deleted, ${count('failed')} failed` +
            (report.mode === 'rest' ? ` (${report.requests} requests, ${report.bytes} bytes)` : ''),
    ];
    for (const t of report.topics) {
        const name = t.cluster ? `${t.cluster}/${t.topic}` : t.topic;
        lines.push(`  ${t.status.padEnd(8)} ${name}${t.reason ? `: ${t.reason}` : ''}`);
    }
    for (const error of report.errors)
        lines.push(`  ${'error'.padEnd(8)} ${error}`);
    if (report.drift) {
        for (const topic of report.drift.missingInDataHub)
            lines.push(`  missing in DataHub:     ${topic}`);
        for (const topic of report.drift.missingInRepository)
            lines.push(`  missing in repository:  ${topic}`);
    }
    return `${lines.join('\n')}\n`;
}
/** `emit`: committed kafka-schemas/ → DataHub (GMS REST, or a file of proposals). */
function registerEmitCommand(program) {
    program
        .command('emit')
        .description('send the committed schemas and topic metadata to DataHub GMS (or write them as an MCP file)')
        .option('-d, --dir <path>', 'schema directory', 'kafka-schemas')
        .option('-c, --cluster <name>', 'only this cluster folder (default: every cluster under --dir)')
        .option('--gms <url>', 'DataHub GMS URL, e.g. http://datahub-gms:8080', process.env.DATAHUB_GMS_URL)
        .option('--token <token>', 'DataHub access token (prefer the DATAHUB_GMS_TOKEN environment variable)')
        .option('--env <env>', 'DataHub environment (fabric) of the datasets', 'PROD')
        .option('--platform-instance <name>', 'DataHub platform instance of the cluster')
        .option('-o, --out <file>', 'write the proposals to this file (DataHub MCP file format) instead of sending them')
        .option('--topic <name>', 'only this topic, `topic` or `cluster/topic` (repeatable)', options/* collect */.Fo, [])
        .option('--deleted <name>', 'soft-delete this topic in DataHub (repeatable)', options/* collect */.Fo, [])
        .option('--full', 'emit every committed topic and report drift against DataHub')
        .option('--json', 'print the report as JSON')
        .option('-v, --verbose', 'log details')
        .action(async (flags) => {
        if (flags.cluster !== undefined)
            (0,layout/* checkClusterName */.YN)(flags.cluster, '--cluster');
        if (flags.gms)
            (0,url/* checkHttpUrl */.Om)(flags.gms, '--gms');
        const logger = (0,log/* stderrLogger */.D)(flags.verbose);
        const options = { dir: flags.dir, env: flags.env, deletedTopics: flags.deleted };
        if (flags.cluster)
            options.cluster = flags.cluster;
        if (flags.gms)
            options.gms = flags.gms;
        const token = flags.token ?? process.env.DATAHUB_GMS_TOKEN;
        if (token)
            options.token = token;
        if (flags.platformInstance)
            options.platformInstance = flags.platformInstance;
        if (flags.out)
            options.out = flags.out;
        if (flags.topic.length > 0)
            options.topics = flags.topic;
        if (flags.full)
            options.full = true;
        const report = await runEmit(options, logger);
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatEmitReport(report));
        if (report.partial)
            process.exitCode = exit_code/* ExitCode */.y.partial;
    });
}


/***/ }),

/***/ 26052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ addConnectionOptions),
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   Fo: () => (/* binding */ collect)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27009);

function positiveInteger(text) {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value <= 0)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di('expected a positive whole number');
    return value;
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
        .option('--ssl-ca <file>', 'PEM file of the CA that signed the brokers\' certificates (implies --ssl)')
        .option('--ssl-cert <file>', 'PEM file of the client certificate (implies --ssl)')
        .option('--ssl-key <file>', 'PEM file of the client key (implies --ssl)')
        .option('--ssl-key-password <password>', 'passphrase of the client key (prefer KAFKA_SSL_KEY_PASSWORD)')
        .option('--ssl-insecure', 'do not verify the brokers\' certificates (testing only)')
        .option('--connection-timeout <ms>', 'connection timeout per broker in milliseconds', positiveInteger, 10_000);
}


/***/ })

};
