export const id = 84;
export const ids = [84];
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

/***/ 93098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(27105);
// EXTERNAL MODULE: ./src/json/value.ts
var value = __webpack_require__(88399);
// EXTERNAL MODULE: ./src/datahub/avro-tags.ts
var avro_tags = __webpack_require__(30685);
// EXTERNAL MODULE: ./src/datahub/field-paths.ts
var field_paths = __webpack_require__(14194);
;// CONCATENATED MODULE: ./src/datahub/topic-metadata.ts

/**
 * The user-owned fields of topic.json that become DataHub aspects. Accepted shapes:
 *   owners: "alice" | "urn:li:corpuser:alice" | "urn:li:corpGroup:team"
 *           | "@login" | "@org/team" (GitHub, as in CODEOWNERS; mapped by an OwnerMapping)
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
const OWNER_URN = /^urn:li:(corpuser|corpGroup):[^\s]+$/;
const DEFAULT_OWNER_MAPPING = { user: 'urn:li:corpuser:{user}', team: 'urn:li:corpGroup:{team}' };
/** GitHub's rule for logins (letters, digits, single inner hyphens) and a lenient one for team slugs. */
const GITHUB_USER = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)$/;
const GITHUB_TEAM = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
function fill(template, values) {
    return template.replace(/\{(user|org|team)\}/g, (_, name) => values[name] ?? `{${name}}`);
}
/**
 * Reads owner-mapping rules, `@user=<template>` and `@org/team=<template>` (either or both; the
 * other keeps its default), where `what` names the flag or input. A template must give a
 * corpuser or corpGroup URN and may use only its own placeholders.
 */
function parseOwnerMapping(rules, what) {
    const mapping = { ...DEFAULT_OWNER_MAPPING };
    for (const rule of rules) {
        const match = /^\s*(@user|@org\/team)\s*=\s*(\S+)\s*$/.exec(rule);
        if (!match)
            throw new util_errors/* UsageError */.e(`${what} ${JSON.stringify(rule)} must be @user=<urn template> or @org/team=<urn template>`);
        const [, kind, template] = match;
        const placeholders = kind === '@user' ? ['user'] : ['org', 'team'];
        const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((name) => !placeholders.includes(name));
        if (unknown.length > 0)
            throw new util_errors/* UsageError */.e(`${what} ${JSON.stringify(rule)}: unknown placeholder {${unknown[0]}} (use ${placeholders.map((p) => `{${p}}`).join(', ')})`);
        if (!OWNER_URN.test(fill(template, { user: 'u', org: 'o', team: 't' })) || /[,()]/.test(template)) {
            throw new util_errors/* UsageError */.e(`${what} ${JSON.stringify(rule)}: the template must make a urn:li:corpuser: or urn:li:corpGroup: URN`);
        }
        if (kind === '@user')
            mapping.user = template;
        else
            mapping.team = template;
    }
    return mapping;
}
function list(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
function ownerUrn(value, mapping) {
    if (typeof value !== 'string' || value.trim() === '')
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a non-empty string`);
    if (OWNER_URN.test(value))
        return value;
    if (value.startsWith('@')) {
        const user = GITHUB_USER.exec(value);
        if (user)
            return fill(mapping.user, { user: user[1] });
        const team = GITHUB_TEAM.exec(value);
        if (team)
            return fill(mapping.team, { org: team[1], team: team[2] });
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a GitHub user (@login) or team (@org/team)`);
    }
    if (value.startsWith('urn:'))
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} must be a urn:li:corpuser: or urn:li:corpGroup: URN`);
    if (!SIMPLE_NAME.test(value))
        throw new TopicMetadataError(`owner ${JSON.stringify(value)} is not a valid user name`);
    return `urn:li:corpuser:${value}`;
}
function owner(value, mapping) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const { owner: who, type = 'TECHNICAL_OWNER' } = value;
        if (!OWNERSHIP_TYPES.includes(type)) {
            throw new TopicMetadataError(`owner type ${JSON.stringify(type)} must be one of ${OWNERSHIP_TYPES.join(', ')}`);
        }
        return { owner: ownerUrn(who, mapping), type: type };
    }
    return { owner: ownerUrn(value, mapping), type: 'TECHNICAL_OWNER' };
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
function topicMetadata(topicFile, ownerMapping = DEFAULT_OWNER_MAPPING) {
    const metadata = {};
    if (topicFile === undefined)
        return metadata;
    if ('owners' in topicFile)
        metadata.owners = unique(list(topicFile.owners).map((o) => owner(o, ownerMapping)), (o) => `${o.owner} ${o.type}`);
    if ('tags' in topicFile)
        metadata.tags = unique(list(topicFile.tags).map(tagUrn), (t) => t);
    if ('domain' in topicFile) {
        const domain = domainUrn(topicFile.domain);
        metadata.domains = domain === undefined ? [] : [domain];
    }
    return metadata;
}

// EXTERNAL MODULE: ./src/datahub/urn.ts
var datahub_urn = __webpack_require__(28120);
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
    warnings.push(...(conversion.warnings ?? []));
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
            platform: datahub_urn/* KAFKA_PLATFORM_URN */.VI,
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
    // DataHub's source names the registry subject of the value schema (TopicNameStrategy), after the configs.
    if (topic.valueText !== undefined)
        (0,own/* setOwn */.P)(properties, 'Schema Name', `${topic.topic}-value`);
    return properties;
}
/** The value schema's own Avro `tags` (DataHub's source makes them the dataset's tags; the key schema's are not read). */
function schemaTagUrns(topic, warnings) {
    if (topic.valueText === undefined)
        return [];
    const schema = (0,parse/* parseJson */.qF)(topic.valueText);
    if (!(0,value/* isJsonObject */.O)(schema) || !(avro_tags/* SCHEMA_TAGS_FIELD */.x in schema))
        return [];
    return (0,avro_tags/* avroTagUrns */.p)(schema[avro_tags/* SCHEMA_TAGS_FIELD */.x], 'value schema', warnings);
}
/**
 * Every tag the dataset refers to gets its `tagKey`, as DataHub's source does for the tags it
 * emits (AutoMaterializeReferencedTagsTermsProcessor): sorted, each once.
 */
function tagKeys(datasetTags, fields) {
    const urns = new Set(datasetTags);
    for (const field of fields)
        for (const { tag } of field.globalTags?.tags ?? [])
            urns.add(tag);
    return [...urns].sort().flatMap((urn) => {
        const name = (0,datahub_urn/* tagName */.wZ)(urn);
        return name === undefined ? [] : [{ entityType: 'tag', urn, aspect: { aspectName: 'tagKey', value: { name } } }];
    });
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
function topicAspects(topic, settings, options = {}) {
    const urn = (0,datahub_urn/* datasetUrn */.Yc)(topic.topic, settings.env, settings.platformInstance);
    const warnings = [];
    const metadata = topicMetadata(topic.topicFile, options.ownerMapping);
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
    // DataHub's source always emits the platform (instance); the instance only when there is one.
    const platform = { platform: datahub_urn/* KAFKA_PLATFORM_URN */.VI };
    if (settings.platformInstance) {
        const instance = (0,datahub_urn/* platformInstanceUrn */.Q5)(settings.platformInstance);
        browsePath.push({ id: instance, urn: instance });
        platform.instance = instance;
    }
    aspects.push({ aspectName: 'dataPlatformInstance', value: platform });
    browsePath.push({ id: settings.env.toLowerCase() }, { id: 'kafka' });
    aspects.push({ aspectName: 'browsePathsV2', value: { path: browsePath } });
    if (metadata.owners) {
        aspects.push({
            aspectName: 'ownership',
            value: { owners: metadata.owners.map((o) => ({ owner: o.owner, type: o.type })), ownerTypes: {}, lastModified: UNKNOWN_AUDIT_STAMP },
        });
    }
    // One globalTags aspect: the value schema's Avro tags, then topic.json's. Only when either says
    // something, so that tags set in DataHub's UI stay otherwise.
    const schemaTags = schemaTagUrns(topic, warnings);
    const tags = metadata.tags || schemaTags.length > 0 ? [...new Set([...schemaTags, ...(metadata.tags ?? [])])] : undefined;
    if (tags)
        aspects.push({ aspectName: 'globalTags', value: { tags: tags.map((tag) => ({ tag })) } });
    if (metadata.domains)
        aspects.push({ aspectName: 'domains', value: { domains: metadata.domains } });
    if (options.links)
        aspects.push(institutionalMemory(topic.topic, options.links));
    const fields = (schema?.value.fields ?? []);
    return { topic: topic.topic, urn, aspects, related: tagKeys(tags ?? [], fields), warnings };
}
/**
 * Links to the topic's folder and the pull request that last changed it. DataHub stores
 * institutionalMemory whole, so this is the full list, the same on every emit of the same change
 * (no second entry for a URL); it replaces links added in DataHub's UI (docs/datahub.md).
 */
function institutionalMemory(topic, links) {
    const createStamp = { time: links.changedAt, actor: UNKNOWN_AUDIT_STAMP.actor };
    const elements = [{ url: links.folderUrl, description: `Schema source of ${topic} (reviewed in the repository)`, createStamp }];
    const pull = links.pullRequest;
    if (pull && pull.url !== links.folderUrl) {
        const name = pull.number === undefined ? 'Pull request' : `Pull request #${pull.number}`;
        elements.push({ url: pull.url, description: `${name} that last changed ${topic}${pull.title ? `: ${pull.title}` : ''}`, createStamp });
    }
    return { aspectName: 'institutionalMemory', value: { elements } };
}
/** A topic whose folder was deleted: soft-deleted in DataHub (status.removed), nothing else touched. */
function removedTopicAspects(topic, settings) {
    return {
        topic,
        urn: (0,datahub_urn/* datasetUrn */.Yc)(topic, settings.env, settings.platformInstance),
        aspects: [{ aspectName: 'status', value: { removed: true } }],
        warnings: [],
    };
}

// EXTERNAL MODULE: ./src/datahub/avro-model.ts
var avro_model = __webpack_require__(45967);
// EXTERNAL MODULE: ./src/catalog/cluster-file.ts
var cluster_file = __webpack_require__(35236);
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
                        { field: 'platform', values: [datahub_urn/* KAFKA_PLATFORM_URN */.VI] },
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
/**
 * Compares the committed topics' dataset URNs with DataHub's, within the envs and platform
 * instances the emitted clusters use. Without an instance every name of the env is in scope:
 * names like `other-instance.topic` may belong to another instance; they are kept.
 */
function compareWithDataHub(committedUrns, datahubUrns, scopes) {
    const committed = new Set(committedUrns);
    const inDataHub = new Set(datahubUrns);
    const inScope = (urn) => {
        const parsed = (0,datahub_urn/* datasetNameOf */.t0)(urn);
        return (parsed !== undefined &&
            scopes.some((scope) => parsed.env === scope.env && (!scope.platformInstance || parsed.name.startsWith(`${scope.platformInstance}.`))));
    };
    const names = (urns) => urns.map((urn) => (0,datahub_urn/* datasetNameOf */.t0)(urn)?.name ?? urn).sort();
    return {
        missingInDataHub: names([...committed].filter((urn) => !inDataHub.has(urn))),
        missingInRepository: names([...inDataHub].filter((urn) => inScope(urn) && !committed.has(urn))),
    };
}

;// CONCATENATED MODULE: ./src/datahub/proposals.ts
function proposal(urn, aspect, systemMetadata, entityType = 'dataset') {
    const result = {
        entityType,
        entityUrn: urn,
        changeType: 'UPSERT',
        aspectName: aspect.aspectName,
        aspect: { value: JSON.stringify(aspect.value), contentType: 'application/json' },
    };
    if (systemMetadata)
        result.systemMetadata = systemMetadata;
    return result;
}
/** The dataset's aspects, then those of the entities it refers to (tags). */
function topicProposals(topic, systemMetadata) {
    return [
        ...topic.aspects.map((aspect) => proposal(topic.urn, aspect, systemMetadata)),
        ...(topic.related ?? []).map((related) => proposal(related.urn, related.aspect, systemMetadata, related.entityType)),
    ];
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
            errorCodes: [
                'ECONNRESET',
                'ECONNREFUSED',
                'EPIPE',
                'ETIMEDOUT',
                'UND_ERR_SOCKET',
                'UND_ERR_CONNECT_TIMEOUT',
                'UND_ERR_HEADERS_TIMEOUT',
                'UND_ERR_BODY_TIMEOUT',
            ],
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
    return entries
        .filter((e) => !e.isFile() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort();
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
function topicLinks(links, cluster, topic) {
    const change = links?.lastChange(cluster, topic);
    if (!links || !change)
        return undefined;
    const folderUrl = `${links.treeUrl.replace(/\/+$/, '')}/${encodeURIComponent(cluster)}/${encodeURIComponent(topic)}`;
    return { folderUrl, pullRequest: change.pullRequest, changedAt: change.time ?? 0 };
}
async function clusterIdentities(dir, clusters, flags, given) {
    const identities = new Map();
    for (const cluster of clusters) {
        try {
            const warnings = [];
            identities.set(cluster, { settings: (0,cluster_file/* resolveIdentity */.XH)(await (0,cluster_file/* readClusterIdentity */.r0)(dir, cluster), flags, given, warnings), warnings });
        }
        catch (error) {
            identities.set(cluster, { error });
        }
    }
    return identities;
}
/** The committed folders (`cluster/topic`) of each dataset URN, over every cluster whose identity is known. */
async function foldersByUrn(dir, identities) {
    const folders = new Map();
    for (const [cluster, identity] of identities) {
        if ('error' in identity)
            continue;
        const listing = await (0,read/* listCommittedTopics */.NK)(dir, cluster).catch((error) => {
            if (error instanceof read/* CatalogFileError */.wZ)
                return undefined; // reported where the cluster is emitted
            throw error;
        });
        for (const topic of listing?.topics ?? []) {
            const urn = (0,datahub_urn/* datasetUrn */.Yc)(topic, identity.settings.env, identity.settings.platformInstance);
            (folders.get(urn) ?? folders.set(urn, new Set()).get(urn)).add(`${cluster}/${topic}`);
        }
    }
    return folders;
}
/**
 * Two folders with one dataset URN would overwrite each other in DataHub: each such topic fails,
 * naming the other folder(s), and nothing is sent for it.
 */
function refuseSharedUrns(planned, folders) {
    for (const p of planned) {
        const shared = p.result.urn === undefined ? undefined : folders.get(p.result.urn);
        if (!shared || shared.size < 2)
            continue;
        const self = p.result.cluster ? `${p.result.cluster}/${p.result.topic}` : p.result.topic;
        const others = [...shared].filter((folder) => folder !== self).sort();
        p.result.reason = `the same DataHub dataset ${p.result.urn} as ${others.join(', ')}: nothing sent; give each cluster its own platform instance in its ${cluster_file/* CLUSTER_FILE */.ym}`;
        p.proposals = [];
    }
}
/**
 * Turns the committed layout into DataHub proposals and sends them to GMS (or writes them to
 * `out`). Fatal problems (not DataHub, bad options) throw; per-topic problems are in the report.
 */
async function runEmit(options, logger) {
    const dir = options.dir ?? 'kafka-schemas';
    const env = options.env ?? 'PROD';
    const flags = options.platformInstance ? { env, platformInstance: options.platformInstance } : { env };
    if (!options.gms && !options.out)
        throw new util_errors/* UsageError */.e('emit needs --gms <url> (send to DataHub) or --out <file> (write the proposals)');
    (0,cluster_file/* checkIdentity */.Z0)({ env, platformInstance: options.platformInstance }, { env: 'env', platformInstance: 'platform instance' });
    const now = options.now ?? Date.now;
    const metadata = systemMetadata(now());
    const clusters = options.cluster ? [options.cluster] : await clusterNames(dir);
    const subset = options.full ? undefined : options.topics;
    const planned = [];
    const errors = [];
    // Every cluster's identity and topic URNs, also of clusters not emitted now: a URN two folders share is refused.
    const identities = await clusterIdentities(dir, options.cluster ? await clusterNames(dir).catch(() => clusters) : clusters, flags, {
        env: options.env !== undefined,
        platformInstance: options.platformInstance !== undefined,
    });
    const folders = await foldersByUrn(dir, identities);
    const committedUrns = [...folders].filter(([, names]) => [...names].some((name) => clusters.includes(name.slice(0, name.indexOf('/'))))).map(([urn]) => urn);
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
        const identity = identities.get(cluster);
        if (!('error' in identity))
            for (const warning of identity.warnings)
                logger.warn(`${dir}/${cluster}: ${warning}`);
        // A topic name that is a link (or a pipe…) is read like the others: it fails by its path.
        for (const topic of [...listing.topics, ...listing.refused.map((entry) => entry.topic)].sort()) {
            if (subset && !subset.some((s) => selects(s, cluster, topic)))
                continue;
            const result = { cluster, topic, status: 'failed', warnings: [] };
            let aspects;
            try {
                if ('error' in identity)
                    throw identity.error;
                // Schemas are read as DataHub's source reads them, not with the scan's stricter checks.
                const committed = await (0,read/* readCommittedTopic */.uc)(dir, cluster, topic, { checkSchema: (_schema, text) => (0,avro_model/* checkDataHubAvroSchema */.fF)(text) });
                aspects = topicAspects(committed, identity.settings, { ownerMapping: options.ownerMapping, links: topicLinks(options.links, cluster, topic) });
            }
            catch (error) {
                result.reason = (0,util_errors/* errorMessage */.g)(error);
                planned.push({ result, proposals: [], removal: false });
                continue;
            }
            result.urn = aspects.urn;
            result.warnings.push(...aspects.warnings);
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
        // A deleted topic's cluster still has its cluster.json, unless the whole cluster folder went: then the flags.
        const identity = cluster === undefined ? undefined : identities.get(cluster);
        const result = { topic, status: 'failed', warnings: [] };
        if (cluster)
            result.cluster = cluster;
        if (identity && 'error' in identity) {
            result.reason = (0,util_errors/* errorMessage */.g)(identity.error);
            planned.push({ result, proposals: [], removal: true });
            continue;
        }
        const aspects = removedTopicAspects(topic, identity?.settings ?? flags);
        result.urn = aspects.urn;
        (folders.get(aspects.urn) ?? folders.set(aspects.urn, new Set()).get(aspects.urn)).add(deleted);
        planned.push({ result, proposals: topicProposals(aspects, metadata), removal: true });
    }
    refuseSharedUrns(planned, folders);
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
            if (!subset) {
                // The emitted clusters' committed topics, in the envs and platform instances they use.
                const scopes = clusters.flatMap((cluster) => {
                    const identity = identities.get(cluster);
                    return 'error' in identity ? [] : [identity.settings];
                });
                drift = compareWithDataHub(committedUrns, urns, scopes);
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

;// CONCATENATED MODULE: ./src/datahub/report-text.ts
/** The emit report as text lines, for the CLI's stdout and the Action's log. */
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

// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/emit.ts










/** A pull request by its web URL; the number when the URL has one (`/pull/12`, GitLab's `/merge_requests/12`). */
function pullRequestLink(url) {
    const number = /\/(?:pull|pulls|merge_requests)\/(\d+)(?:[/?#]|$)/.exec(url)?.[1];
    return number === undefined ? { url } : { url, number: Number(number) };
}
/** `emit`: committed kafka-schemas/ → DataHub (GMS REST, or a file of proposals). */
function registerEmitCommand(program, settle) {
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
        .option('--topic <name>', 'only this topic, `topic` or `cluster/topic` (repeatable)', options/* collect */.Fo, [])
        .option('--deleted <name>', 'soft-delete this topic in DataHub (repeatable)', options/* collect */.Fo, [])
        .option('--full', 'emit every committed topic and report drift against DataHub')
        .option('--owner-mapping <rule>', 'how GitHub owners in topic.json become DataHub owners: @user=<urn template with {user}> or @org/team=<urn template with {org}, {team}> (repeatable; default @user=urn:li:corpuser:{user}, @org/team=urn:li:corpGroup:{team})', options/* collect */.Fo, [])
        .option('--source-url <url>', "web URL of the schema directory on the default branch (e.g. https://github.com/o/r/tree/main/kafka-schemas): each dataset links to its topic's folder")
        .option('--pull-request <url>', 'the pull request the emitted change came from: each emitted dataset links to it too (needs --source-url)')
        .option('--json', 'print the report as JSON')
        .option('-v, --verbose', 'log details')
        .action(async (flags) => {
        if (flags.cluster !== undefined)
            (0,layout/* checkClusterName */.YN)(flags.cluster, '--cluster');
        if (flags.gms)
            (0,url/* checkHttpUrl */.Om)(flags.gms, '--gms');
        const ownerMapping = parseOwnerMapping(flags.ownerMapping, '--owner-mapping');
        const logger = (0,log/* stderrLogger */.D)(flags.verbose);
        (0,cluster_file/* checkIdentity */.Z0)({ env: flags.env, platformInstance: flags.platformInstance }, { env: '--env', platformInstance: '--platform-instance' });
        const options = { dir: flags.dir, deletedTopics: flags.deleted, ownerMapping };
        if (flags.env)
            options.env = flags.env;
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
        if (flags.pullRequest !== undefined && flags.sourceUrl === undefined)
            throw new util_errors/* UsageError */.e('--pull-request needs --source-url (the links go together)');
        if (flags.sourceUrl !== undefined) {
            (0,url/* checkHttpUrl */.Om)(flags.sourceUrl, '--source-url');
            if (flags.pullRequest !== undefined)
                (0,url/* checkHttpUrl */.Om)(flags.pullRequest, '--pull-request');
            const pullRequest = flags.pullRequest === undefined ? null : pullRequestLink(flags.pullRequest);
            options.links = { treeUrl: flags.sourceUrl, lastChange: () => ({ pullRequest }) };
        }
        const report = await runEmit(options, logger);
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatEmitReport(report));
        if (report.partial)
            settle({ status: 'partial', reason: 'some topics could not be emitted (see above)' });
    });
}


/***/ }),

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

/***/ 8775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ checkWithAvsc)
/* harmony export */ });
/* unused harmony export canSkipCodecs */
/* harmony import */ var avsc__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39369);
/* harmony import */ var avsc__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(avsc__WEBPACK_IMPORTED_MODULE_0__);

const recordPrototype = (avsc__WEBPACK_IMPORTED_MODULE_0___default().types).RecordType.prototype;
const typePrototype = (avsc__WEBPACK_IMPORTED_MODULE_0___default().Type).prototype;
/** Codecs used only to encode or decode values: stand-ins that fail loudly if validation ever calls them. */
const CODEC_GENERATORS = ['_createReader', '_createSkipper', '_createWriter', '_createChecker'];
function unusedCodec() {
    throw new Error('internal: avsc used a codec while only validating a schema');
}
/**
 * Defaults of record and union types are copied into instances of these constructors while they
 * are checked (`new Record(...values)`, `new Branch(value)`), and copied again from them: these
 * build the same objects as avsc's generated ones, without generating code.
 */
function recordConstructor() {
    const fields = (this.fields ?? []).map((field) => ({
        name: field.name,
        defaultValue: field.defaultValue.bind(field),
        hasDefault: field.defaultValue() !== undefined,
    }));
    return function PlainRecord(...values) {
        fields.forEach((field, i) => {
            this[field.name] = values[i] === undefined && field.hasDefault ? field.defaultValue() : values[i];
        });
    };
}
function branchConstructor() {
    const name = this.branchName;
    if (name === 'null')
        return null; // as avsc's own: union code tests for it
    function Branch(value) {
        this[name] = value;
    }
    Branch.prototype.unwrap = function () {
        return this[name];
    };
    return Branch;
}
const stubs = [
    ...CODEC_GENERATORS.map((method) => [recordPrototype, method, () => unusedCodec]),
    [recordPrototype, '_createConstructor', recordConstructor],
    [typePrototype, '_createBranchConstructor', branchConstructor],
];
/** Whether this avsc still has the generators (false: the full parse runs). */
const canSkipCodecs = stubs.every(([prototype, method]) => typeof prototype[method] === 'function');
function parseWithoutCodecs(schema) {
    const saved = stubs.map(([prototype, method]) => prototype[method]);
    for (const [prototype, method, stub] of stubs)
        prototype[method] = stub;
    try {
        // Synchronous: no other code runs while the stand-ins are in place.
        avsc__WEBPACK_IMPORTED_MODULE_0___default().Type.forSchema(schema, { wrapUnions: true });
    }
    finally {
        stubs.forEach(([prototype, method], i) => (prototype[method] = saved[i]));
    }
}
/** Throws avsc's own error unless avsc parses `schema` with `wrapUnions` (the type itself is not needed). */
function checkWithAvsc(schema) {
    if (canSkipCodecs)
        parseWithoutCodecs(schema);
    else
        avsc__WEBPACK_IMPORTED_MODULE_0___default().Type.forSchema(schema, { wrapUnions: true });
}


/***/ })

};
