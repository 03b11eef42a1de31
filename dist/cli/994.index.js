export const id = 994;
export const ids = [994];
export const modules = {

/***/ 29010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q4: () => (/* binding */ CLI_NAMES),
  vj: () => (/* binding */ createKafka),
  U: () => (/* binding */ parseBrokers),
  gL: () => (/* binding */ parseSaslMechanism)
});

// UNUSED EXPORTS: ACTION_INPUT_NAMES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/kafkajs/index.js
var kafkajs = __webpack_require__(77801);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/kafkajs-snappy/src/index.js
var src = __webpack_require__(4214);
var src_default = /*#__PURE__*/__webpack_require__.n(src);
// EXTERNAL MODULE: ./node_modules/lz4js/lz4.js
var lz4 = __webpack_require__(29103);
;// CONCATENATED MODULE: ./src/kafka/codecs.ts




/**
 * Registers decompression for every codec Kafka producers use, with code that bundles into
 * dist/ (pure JS or node:zlib, no native addons). gzip is built into kafkajs. The scout
 * only reads, so compress() is never needed for lz4/zstd.
 */
let registered = false;
function readOnly(name, decompress) {
    return () => ({
        compress() {
            return Promise.reject(new Error(`${name} compression is not supported (the scout only reads)`));
        },
        decompress(data) {
            return Promise.resolve().then(() => decompress(data));
        },
    });
}
function registerCompressionCodecs() {
    if (registered)
        return;
    registered = true;
    kafkajs.CompressionCodecs[kafkajs.CompressionTypes.Snappy] = (src_default());
    kafkajs.CompressionCodecs[kafkajs.CompressionTypes.LZ4] = readOnly('lz4', (data) => Buffer.from(lz4.decompress(data)));
    kafkajs.CompressionCodecs[kafkajs.CompressionTypes.ZSTD] = readOnly('zstd', (data) => (0,external_node_zlib_.zstdDecompressSync)(data));
}

// EXTERNAL MODULE: ./src/kafka/kafkajs-internals.ts + 1 modules
var kafkajs_internals = __webpack_require__(29133);
;// CONCATENATED MODULE: ./src/kafka/connect.ts





const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'];
const CLI_NAMES = {
    brokers: '--brokers',
    saslMechanism: '--sasl-mechanism',
    credentials: '--sasl-username and KAFKA_SASL_PASSWORD',
    tlsClient: '--ssl-cert and --ssl-key',
};
const ACTION_INPUT_NAMES = {
    brokers: "input 'brokers'",
    saslMechanism: "input 'sasl-mechanism'",
    credentials: "inputs 'sasl-username' and 'sasl-password'",
    tlsClient: "inputs 'ssl-cert' and 'ssl-key'",
};
function parseSaslMechanism(text, what = '--sasl-mechanism') {
    const mechanism = text.toLowerCase();
    if (!SASL_MECHANISMS.includes(mechanism)) {
        throw new errors/* UsageError */.e(`${what}: unknown SASL mechanism ${JSON.stringify(text)}: use one of ${SASL_MECHANISMS.join(', ')}`);
    }
    return mechanism;
}
function parseBrokers(text, names = CLI_NAMES) {
    const brokers = (Array.isArray(text) ? text : [text]).flatMap((item) => item.split(/[,\s]+/)).filter(Boolean);
    if (brokers.length === 0)
        throw new errors/* UsageError */.e(`no brokers given: pass ${names.brokers} host:port[,host:port]`);
    for (const broker of brokers) {
        if (!/^[^:@\s]+:\d{1,5}$/.test(broker) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(broker)) {
            // `user:password@host:port` is not repeated: credentials go in the SASL options
            const shown = broker.includes('@') ? `***@${broker.slice(broker.lastIndexOf('@') + 1)}` : broker;
            throw new errors/* UsageError */.e(`${names.brokers}: invalid broker address ${JSON.stringify(shown)}: expected host:port (credentials go in ${names.credentials})`);
        }
    }
    return brokers;
}
/** A PEM given inline (starts with -----BEGIN) or as a file path. */
function pem(value, what) {
    if (value === undefined || value === '')
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.e(`cannot read the ${what} file ${value}: ${error.message}`);
    }
}
function sslConfig(ssl) {
    if (!ssl)
        return undefined;
    if (ssl === true)
        return true;
    return {
        ca: pem(ssl.ca, 'TLS CA'),
        cert: pem(ssl.cert, 'TLS client certificate'),
        key: pem(ssl.key, 'TLS client key'),
        passphrase: ssl.passphrase || undefined,
        rejectUnauthorized: ssl.rejectUnauthorized ?? true,
    };
}
/** kafkajs logs go to debug: the scout reports failures itself, per topic and by name. */
function kafkajsLogCreator(logger) {
    return () => ({ namespace, log }) => logger.debug(`kafkajs ${namespace}: ${log.message}`);
}
function createKafka(options, logger) {
    registerCompressionCodecs();
    const kafka = new kafkajs.Kafka({
        clientId: options.clientId ?? 'kafka-schema-scout',
        brokers: options.brokers,
        ssl: sslConfig(options.ssl),
        sasl: options.sasl,
        connectionTimeout: options.connectionTimeoutMs ?? 10_000,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        retry: { retries: 3, initialRetryTime: 250, maxRetryTime: 3_000 },
        logLevel: kafkajs.logLevel.WARN,
        logCreator: kafkajsLogCreator(logger),
    });
    (0,kafkajs_internals/* checkKafkajsInternals */._P)(kafka);
    return kafka;
}


/***/ }),

/***/ 29133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gE: () => (/* binding */ EARLIEST_OFFSET),
  wZ: () => (/* binding */ LATEST_OFFSET),
  Ad: () => (/* binding */ READ_COMMITTED),
  Q6: () => (/* binding */ abortedRecords),
  _P: () => (/* binding */ checkKafkajsInternals),
  cQ: () => (/* binding */ createInternalCluster),
  CT: () => (/* binding */ hasLeader),
  Kt: () => (/* binding */ loadedTopicMetadata),
  Tj: () => (/* binding */ needsNewMetadata),
  xK: () => (/* binding */ offsetOutOfRangeOf),
  Jo: () => (/* binding */ withLenientMetadata)
});

// UNUSED EXPORTS: KafkajsDriftError, REQUIRED_KAFKAJS_VERSION, kafkajsProblems

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/kafkajs/package.json
var kafkajs_package = __webpack_require__(88501);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/consumer/filterAbortedMessages.js
var filterAbortedMessages = __webpack_require__(47076);
var filterAbortedMessages_default = /*#__PURE__*/__webpack_require__.n(filterAbortedMessages);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/index.js
var metadata = __webpack_require__(64296);
var metadata_default = /*#__PURE__*/__webpack_require__.n(metadata);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v0/response.js
var response = __webpack_require__(8448);
var response_default = /*#__PURE__*/__webpack_require__.n(response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v1/response.js
var v1_response = __webpack_require__(53241);
var v1_response_default = /*#__PURE__*/__webpack_require__.n(v1_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v2/response.js
var v2_response = __webpack_require__(7182);
var v2_response_default = /*#__PURE__*/__webpack_require__.n(v2_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v3/response.js
var v3_response = __webpack_require__(71791);
var v3_response_default = /*#__PURE__*/__webpack_require__.n(v3_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v4/response.js
var v4_response = __webpack_require__(87548);
var v4_response_default = /*#__PURE__*/__webpack_require__.n(v4_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v5/response.js
var v5_response = __webpack_require__(54581);
var v5_response_default = /*#__PURE__*/__webpack_require__.n(v5_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/metadata/v6/response.js
var v6_response = __webpack_require__(4362);
var v6_response_default = /*#__PURE__*/__webpack_require__.n(v6_response);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/broker/index.js
var broker = __webpack_require__(42444);
var broker_default = /*#__PURE__*/__webpack_require__.n(broker);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/network/connectionPool.js
var connectionPool = __webpack_require__(39151);
var connectionPool_default = /*#__PURE__*/__webpack_require__.n(connectionPool);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/fetch/index.js
var fetch = __webpack_require__(2871);
var fetch_default = /*#__PURE__*/__webpack_require__.n(fetch);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js
var decodeMessages = __webpack_require__(60462);
var decodeMessages_default = /*#__PURE__*/__webpack_require__.n(decodeMessages);
// EXTERNAL MODULE: ./node_modules/kafkajs/src/protocol/decoder.js
var decoder = __webpack_require__(39049);
var decoder_default = /*#__PURE__*/__webpack_require__.n(decoder);
// EXTERNAL MODULE: ./node_modules/kafkajs/index.js
var kafkajs = __webpack_require__(77801);
;// CONCATENATED MODULE: ./src/kafka/fetch-response.ts

/**
 * Reads a Fetch response of version 4 to 11 into the shape kafkajs's own decoders give (so
 * kafkajs's parse, which throws the partition errors, takes it unchanged), with a record decoder
 * of its own for record batches (magic 2). kafkajs builds a decoder object per record, reads
 * every varlong into a Long and parses the batch's first offset and timestamp from text again for
 * each record: 12% of a scan's CPU in its profile, and a third of the bytes it allocated. Here a batch's header is read
 * once and each record's offset and timestamp are plain arithmetic (BigInt only beyond 2^53).
 * Older message formats (magic 0 and 1) go to kafkajs (`legacyRecords`, given the partition's
 * record set with its size), and compressed batches to kafkajs's codecs (registered in codecs.ts).
 * As in kafkajs: the record batches' CRCs are not checked, and a batch cut off by the response's
 * size limit ends the partition's records.
 */
async function decodeFetchResponse(raw, version, legacyRecords) {
    if (version < 4 || version > 11)
        throw new Error(`Fetch response version ${version} is not read here`);
    const reader = new Reader(raw, 0, raw.length);
    const throttle = reader.int32();
    const head = version >= 8
        ? { throttleTime: 0, clientSideThrottleTime: throttle } // KIP-219: the client throttles itself
        : { throttleTime: throttle };
    const session = version >= 7 ? { errorCode: reader.int16(), sessionId: reader.int32() } : {};
    const responses = [];
    for (let topics = reader.arrayLength(); topics > 0; topics--) {
        const topicName = reader.string();
        const partitions = [];
        for (let count = reader.arrayLength(); count > 0; count--)
            partitions.push(await decodePartition(reader, version, legacyRecords));
        responses.push({ topicName, partitions });
    }
    return { ...head, ...session, responses };
}
async function decodePartition(reader, version, legacyRecords) {
    const partition = reader.int32();
    const errorCode = reader.int16();
    const highWatermark = reader.int64Text();
    const lastStableOffset = reader.int64Text();
    const lastStartOffset = version >= 5 ? reader.int64Text() : undefined;
    const abortedTransactions = [];
    for (let count = reader.arrayLength(); count > 0; count--)
        abortedTransactions.push({ producerId: reader.int64Text(), firstOffset: reader.int64Text() });
    const preferredReadReplica = version >= 11 ? reader.int32() : undefined;
    const recordSetStart = reader.pos;
    const size = reader.int32();
    let messages = [];
    // kafkajs reads no records from a set whose size is not positive or runs past the response.
    if (size > 0 && reader.remaining() >= size) {
        const records = reader.subarray(size);
        // A set cut off before its first magic byte holds no complete batch of any format (kafkajs throws on it).
        if (records.length <= MAGIC_AT)
            messages = [];
        else if (records[MAGIC_AT] === 2)
            messages = await decodeRecordBatches(records);
        else
            messages = await legacyRecords(reader.buf.subarray(recordSetStart, reader.pos));
    }
    else if (size > 0)
        reader.pos = reader.end;
    return {
        partition,
        errorCode,
        highWatermark,
        lastStableOffset,
        ...(lastStartOffset === undefined ? {} : { lastStartOffset }),
        abortedTransactions,
        ...(preferredReadReplica === undefined ? {} : { preferredReadReplica }),
        messages,
    };
}
/** Where a batch's magic byte is, in every message format: after the offset (8), length (4) and 4 more bytes. */
const MAGIC_AT = 16;
/** A record batch's header: base offset 8, length 4, leader epoch 4, magic 1, CRC 4, attributes 2, last offset delta 4, first and max timestamp 16, producer id 8, epoch 2, base sequence 4, record count 4. */
const BATCH_HEADER = 61;
/** What a batch's length counts from (it follows the base offset and the length itself). */
const LENGTH_FROM = 12;
const COMPRESSION_MASK = 0x07;
const LOG_APPEND_TIME = 0x08;
const TRANSACTIONAL = 0x10;
const CONTROL = 0x20;
/** The records of a record set of record batches (magic 2), control and aborted ones included, in order. */
async function decodeRecordBatches(records) {
    const messages = [];
    let pos = 0;
    while (records.length - pos >= LENGTH_FROM) {
        const length = records.readInt32BE(pos + 8);
        if (records.length - pos - LENGTH_FROM < length)
            break; // cut off by the response's size limit
        const end = pos + LENGTH_FROM + length;
        const baseOffset = records.readBigInt64BE(pos);
        if (length < BATCH_HEADER - LENGTH_FROM)
            throw new RecordBatchError(baseOffset, `its length ${length} is shorter than a batch header`);
        const magic = records.readInt8(pos + MAGIC_AT);
        if (magic !== 2)
            throw new RecordBatchError(baseOffset, `magic ${magic} follows batches of magic 2`);
        const attributes = records.readInt16BE(pos + 21);
        const firstTimestamp = records.readBigInt64BE(pos + 27);
        const maxTimestamp = records.readBigInt64BE(pos + 35);
        const count = records.readInt32BE(pos + 57);
        const batch = {
            baseOffset,
            exactBaseOffset: exactBase(baseOffset),
            firstTimestamp,
            exactFirstTimestamp: exactBase(firstTimestamp),
            // kafkajs's rule: with LOG_APPEND_TIME every record takes the batch's max timestamp.
            appendTime: attributes & LOG_APPEND_TIME ? maxTimestamp.toString() : undefined,
            isControlRecord: (attributes & CONTROL) !== 0,
            context: { producerId: records.readBigInt64BE(pos + 43).toString(), inTransaction: (attributes & TRANSACTIONAL) !== 0 },
        };
        const codec = attributes & COMPRESSION_MASK;
        let body = records.subarray(pos + BATCH_HEADER, end);
        if (codec !== 0 && count > 0)
            body = await decompress(codec, body, baseOffset);
        const reader = new Reader(body, 0, body.length);
        try {
            for (let i = 0; i < count; i++)
                messages.push(decodeRecord(reader, batch));
        }
        catch (error) {
            throw error instanceof RangeError ? new RecordBatchError(baseOffset, error.message) : error;
        }
        pos = end;
    }
    return messages;
}
async function decompress(codec, data, baseOffset) {
    const codecs = kafkajs.CompressionCodecs;
    const create = codecs[codec];
    if (create === undefined)
        throw new RecordBatchError(baseOffset, `its compression codec ${codec} is unknown`);
    try {
        return await create().decompress(data);
    }
    catch (error) {
        throw new RecordBatchError(baseOffset, `its ${CODEC_NAMES[codec] ?? `codec ${codec}`} data does not decompress (${error?.message ?? String(error)})`);
    }
}
const CODEC_NAMES = { 1: 'gzip', 2: 'snappy', 3: 'lz4', 4: 'zstd' };
/** Bases within this of 0 take an int32 delta, or a varlong delta read as a number, exactly in doubles... */
const EXACT_BASE = 2n ** 52n;
/** ...when the delta is within this. */
const EXACT_DELTA = 2 ** 52;
function exactBase(base) {
    return base <= EXACT_BASE && base >= -EXACT_BASE ? Number(base) : undefined;
}
/** Shared by every record without headers. */
const NO_HEADERS = Object.freeze({});
function decodeRecord(reader, batch) {
    const length = reader.varint();
    const end = reader.pos + length;
    if (length < 0 || end > reader.end)
        throw new RecordBatchError(batch.baseOffset, `a record's length ${length} runs past its batch`);
    reader.pos++; // attributes: unused
    const timestampDelta = reader.varlong();
    const offsetDelta = reader.varint();
    const key = reader.varBytes();
    const value = reader.varBytes();
    const headerCount = reader.varint();
    let headers;
    for (let i = 0; i < headerCount; i++) {
        headers ??= {};
        const name = String(reader.varString());
        const header = reader.varBytes();
        const before = Object.hasOwn(headers, name) ? headers[name] : undefined;
        // As kafkajs: a repeated header becomes an array. An own property even for `__proto__`.
        Object.defineProperty(headers, name, {
            value: before === undefined ? header : Array.isArray(before) ? [...before, header] : [before, header],
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    if (reader.pos > end)
        throw new RecordBatchError(batch.baseOffset, 'a record runs past its own length');
    reader.pos = end;
    return {
        offset: add(batch.baseOffset, batch.exactBaseOffset, offsetDelta),
        timestamp: batch.appendTime ?? add(batch.firstTimestamp, batch.exactFirstTimestamp, timestampDelta),
        key,
        value,
        headers: headers ?? NO_HEADERS,
        isControlRecord: batch.isControlRecord,
        batchContext: batch.context,
    };
}
/** `base + delta` as decimal text, exact (`exact`: the base as a number, when it is small enough). */
function add(base, exact, delta) {
    if (exact !== undefined && typeof delta === 'number' && delta <= EXACT_DELTA && delta >= -EXACT_DELTA)
        return String(exact + delta);
    return (base + BigInt(delta)).toString();
}
/** A record batch that does not decode; the reader pins it on its topic. */
class RecordBatchError extends Error {
    name = 'RecordBatchError';
    constructor(baseOffset, problem) {
        super(`the record batch at offset ${baseOffset} does not decode: ${problem}`);
    }
}
/** A bounds-checked cursor over a buffer, with Kafka's integer, varint and string forms. */
class Reader {
    buf;
    pos;
    end;
    constructor(buf, pos, end) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
    }
    remaining() {
        return this.end - this.pos;
    }
    take(bytes) {
        const at = this.pos;
        if (bytes < 0 || at + bytes > this.end)
            throw new RangeError(`a Fetch response ends ${at + bytes - this.end} byte(s) early`);
        this.pos = at + bytes;
        return at;
    }
    int16() {
        return this.buf.readInt16BE(this.take(2));
    }
    int32() {
        return this.buf.readInt32BE(this.take(4));
    }
    int64Text() {
        return this.buf.readBigInt64BE(this.take(8)).toString();
    }
    /** An array's length; -1 (null) reads as none. */
    arrayLength() {
        return Math.max(0, this.int32());
    }
    string() {
        const length = this.int16();
        if (length < 0)
            return null; // kafkajs's null topic name
        const at = this.take(length);
        return this.buf.toString('utf8', at, at + length);
    }
    subarray(bytes) {
        const at = this.take(bytes);
        return this.buf.subarray(at, at + bytes);
    }
    /** A zigzag varint of up to 32 bits. */
    varint() {
        const unsigned = this.uvarint(5);
        return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2;
    }
    /** A zigzag varint of up to 64 bits: a number while exact, else a bigint. */
    varlong() {
        const start = this.pos;
        const unsigned = this.uvarint(10);
        if (unsigned <= Number.MAX_SAFE_INTEGER)
            return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2;
        let exact = 0n;
        for (let i = start, shift = 0n; i < this.pos; i++, shift += 7n)
            exact |= BigInt(this.buf[i] & 0x7f) << shift;
        exact = BigInt.asUintN(64, exact);
        return (exact >> 1n) ^ -(exact & 1n);
    }
    uvarint(maxBytes) {
        let value = 0;
        let scale = 1;
        for (let i = 0; i < maxBytes; i++) {
            if (this.pos >= this.end)
                throw new RangeError('a varint runs past its record batch');
            const byte = this.buf[this.pos++];
            value += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0)
                return value;
            scale *= 128;
        }
        throw new RangeError(`a varint is longer than ${maxBytes} bytes`);
    }
    /** Varint-length bytes; -1 is null. A view of the buffer, as kafkajs's. */
    varBytes() {
        const length = this.varint();
        if (length === -1)
            return null;
        return this.subarray(length);
    }
    varString() {
        const bytes = this.varBytes();
        return bytes === null ? null : bytes.toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/kafka/kafkajs-internals.ts

















/**
 * The one module that knows kafkajs's private parts. kafkajs has no public API to read a
 * partition by offset without a consumer group, to ask many topics' offsets in one request, or
 * to see a cluster with an offline partition; 2.2.4 is the final release of an unmaintained
 * library, pinned exactly in package.json. What the scan uses of it:
 * - the Cluster a Kafka instance creates behind a private symbol, eight of its methods and the
 *   metadata its broker pool holds (the scan's one client: discovery and sampling share it);
 * - Broker#fetch, #listOffsets and #describeConfigs, their request and response shapes;
 * - for Fetch: a broker's lookupRequest, its private send, the Fetch request versions and the
 *   decoder of old message formats (the scan's brokers read record batches themselves);
 * - the broker's ConnectionPool, told to send every request on its first connection;
 * - the consumer's filter of aborted transactions;
 * - the Metadata response parsers v0–v6 (made lenient about offline partitions, for the scan's
 *   own calls only);
 * - the names kafkajs gives its errors.
 * `checkKafkajsInternals` verifies all of it at start-up, so a different kafkajs fails with one
 * clear error instead of somewhere inside a scan; test/unit/kafka/kafkajs-internals.test.ts fails
 * on any drift.
 */
const REQUIRED_KAFKAJS_VERSION = '2.2.4';
const CLUSTER_METHODS = [
    'connect',
    'disconnect',
    'getNodeIds',
    'refreshMetadata',
    'addMultipleTargetTopics',
    'findTopicPartitionMetadata',
    'findBroker',
    'fetchTopicsOffset',
];
const BROKER_METHODS = ['fetch', 'listOffsets', 'describeConfigs'];
const CONNECTION_POOL_METHODS = ['getConnection', 'getConnectionByRequest'];
/** ListOffsets timestamps that ask for the earliest available and the latest (stable) offset. */
const EARLIEST_OFFSET = -2;
const LATEST_OFFSET = -1;
/** Whether a partition's metadata names a leader (none: -1, or absent, while offline or during an election). */
function hasLeader(leader) {
    return leader !== undefined && leader !== null && leader >= 0;
}
/** Fetch and ListOffsets isolation: only committed records; the end offset is the last stable offset. */
const READ_COMMITTED = 1;
const CREATE_CLUSTER = 'private:Kafka:createCluster';
function clusterFactory(kafka) {
    const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === CREATE_CLUSTER);
    const create = symbol ? kafka[symbol] : undefined;
    return typeof create === 'function' ? create : undefined;
}
/** A new kafkajs Cluster (its own connections) with this Kafka's configuration. */
function createInternalCluster(kafka) {
    const create = clusterFactory(kafka);
    if (!create)
        throw new KafkajsDriftError([`no ${CREATE_CLUSTER} on a Kafka instance`]);
    const cluster = create({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED });
    const missing = CLUSTER_METHODS.filter((name) => typeof cluster[name] !== 'function');
    if (missing.length > 0)
        throw new KafkajsDriftError([`Cluster lacks ${missing.join(', ')}`]);
    indexTopicMetadata(cluster);
    oneConnectionPerBroker(cluster);
    return cluster;
}
/**
 * kafkajs finds a topic's partitions with a linear search over every target topic's metadata
 * (Cluster#findTopicPartitionMetadata, called per topic by fetchTopicsOffset and the reader):
 * quadratic, ~6 s of CPU at 10,000 topics. This cluster looks them up in a map built once per
 * metadata response (kafkajs replaces `brokerPool.metadata` on every refresh); without loaded
 * metadata, or without `brokerPool`, kafkajs's own method answers (and throws its own error).
 */
function indexTopicMetadata(cluster) {
    const linear = cluster.findTopicPartitionMetadata.bind(cluster);
    let index;
    cluster.findTopicPartitionMetadata = (topic) => {
        const metadata = cluster.brokerPool?.metadata;
        if (!metadata?.topicMetadata)
            return linear(topic);
        if (index?.metadata !== metadata) {
            const byTopic = new Map();
            for (const { topic: name, partitionMetadata } of metadata.topicMetadata)
                if (!byTopic.has(name))
                    byTopic.set(name, partitionMetadata);
            index = { metadata, byTopic };
        }
        return index.byTopic.get(topic) ?? [];
    };
}
/**
 * Every request to a broker on one connection. kafkajs opens a second connection per broker for
 * Fetch alone (its consumers' fetches wait on the broker for up to seconds, which would hold up
 * other requests); the scan's fetches return at once, and a second connection costs a connect
 * and its TLS and SASL handshakes before the first Fetch: round trips on a distant cluster.
 */
function oneConnectionPerBroker(cluster) {
    const pool = cluster.brokerPool;
    const createBroker = pool?.createBroker;
    if (!pool || typeof createBroker !== 'function')
        throw new KafkajsDriftError(['Cluster has no brokerPool.createBroker']);
    pool.createBroker = (options) => {
        const broker = createBroker(options);
        const connections = broker.connectionPool;
        connections.getConnectionByRequest = () => connections.getConnection(0);
        broker.fetch = (request) => fetchWithOwnRecordDecoder(broker, request);
        return broker;
    };
}
// ---- Fetch with the scan's record decoder --------------------------------------------------
const FETCH_API_KEY = 1;
const SEND_REQUEST = 'private:Broker:sendRequest';
/** The Fetch versions whose responses src/kafka/fetch-response.ts reads; older ones stay kafkajs's. */
const OWN_DECODER_VERSIONS = { from: 4, to: 11 };
function sendRequestOf(prototype) {
    return Object.getOwnPropertySymbols(prototype).find((s) => s.description === SEND_REQUEST);
}
const brokerSendRequest = sendRequestOf((broker_default()).prototype);
/** kafkajs's reading of a record set of any message format (its int32 size first). */
function legacyRecords(recordSet) {
    return decodeMessages_default()(new (decoder_default())(recordSet));
}
/** kafkajs's Fetch request factory, with its response decoder replaced by the scan's for versions 4–11. */
const fetchWithOwnDecoder = {
    versions: (fetch_default()).versions,
    protocol: (selected) => (request) => {
        const built = fetch_default().protocol(selected)(request);
        const version = built.request.apiVersion;
        if (version < OWN_DECODER_VERSIONS.from || version > OWN_DECODER_VERSIONS.to)
            return built;
        const kafkajsResponse = built.response;
        return {
            ...built,
            response: { decode: (raw) => decodeFetchResponse(raw, version, legacyRecords), parse: (data) => kafkajsResponse.parse(data) },
        };
    },
};
/**
 * Broker#fetch, as kafkajs sends it (version negotiated, the broker's connection), with the
 * scan's record decoder, and with the partitions in the caller's order: kafkajs shuffles them
 * (fairness for consumers that fetch forever), which would spread the reader's topics over every
 * response instead of finishing them one after another.
 */
function fetchWithOwnRecordDecoder(broker, request) {
    try {
        if (brokerSendRequest === undefined || typeof broker.lookupRequest !== 'function')
            throw new KafkajsDriftError(['Broker has no lookupRequest or private send']);
        const build = broker.lookupRequest(FETCH_API_KEY, fetchWithOwnDecoder);
        const sendRequest = broker[brokerSendRequest];
        return sendRequest.call(broker, build({ ...request, replicaId: -1, rackId: '' }));
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error))); // as kafkajs's async fetch: a failure is a rejection, never a throw
    }
}
/** The topics and partitions of the metadata the cluster holds (after refreshMetadata; empty before). */
function loadedTopicMetadata(cluster) {
    const { brokerPool } = cluster;
    return brokerPool?.metadata?.topicMetadata ?? [];
}
/** The records of aborted transactions among `data`'s (kafkajs's consumer filter, inverted). */
function abortedRecords(data) {
    const kept = new Set(filterAbortedMessages_default()({ messages: data.messages, abortedTransactions: data.abortedTransactions }));
    return new Set(data.messages.filter((message) => !kept.has(message)));
}
// ---- errors -------------------------------------------------------------------------------
/** Protocol errors of leadership (the partition moved) that fresh metadata and a new round can cure. */
const LEADERSHIP_ERRORS = new Set([
    'NOT_LEADER_FOR_PARTITION',
    'NOT_LEADER_OR_FOLLOWER',
    'LEADER_NOT_AVAILABLE',
    'FENCED_LEADER_EPOCH',
    'UNKNOWN_LEADER_EPOCH',
    'REPLICA_NOT_AVAILABLE',
    'KAFKA_STORAGE_ERROR',
    'NOT_COORDINATOR',
]);
/** kafkajs's names for a broker that cannot be reached (or stopped answering). */
const CONNECTION_ERRORS = new Set([
    'KafkaJSConnectionError',
    'KafkaJSConnectionClosedError',
    'KafkaJSRequestTimeoutError',
    'KafkaJSBrokerNotFound',
    'KafkaJSLockTimeout',
    'KafkaJSNoBrokerAvailableError',
]);
/**
 * Whether a failed request should be retried with fresh metadata (a broker unreachable or a
 * leader moved) rather than the error pinned on the topic it belongs to (authorization, unknown
 * topic, a record batch that does not decode).
 */
function needsNewMetadata(error) {
    const { name, type } = (error ?? {});
    if (type !== undefined)
        return LEADERSHIP_ERRORS.has(type);
    return name !== undefined && CONNECTION_ERRORS.has(name);
}
/** The partition an OFFSET_OUT_OF_RANGE error names, if the error is one. */
function offsetOutOfRangeOf(error) {
    const { name, topic, partition } = (error ?? {});
    if (name !== 'KafkaJSOffsetOutOfRange' || typeof topic !== 'string' || typeof partition !== 'number')
        return undefined;
    return { topic, partition };
}
// ---- lenient metadata ---------------------------------------------------------------------
/**
 * Partition errors of a Metadata response that describe one partition's state, not the
 * request: LEADER_NOT_AVAILABLE (5: offline, or an election under way), REPLICA_NOT_AVAILABLE
 * (9: a replica down while the leader serves), LISTENER_NOT_FOUND (72: the leader has no
 * listener of this name).
 */
const PARTITION_STATE_ERRORS = new Set([5, 9, 72]);
/** The response parsers by Metadata version: every version kafkajs may negotiate must be here. */
const METADATA_RESPONSES = {
    0: (response_default()),
    1: (v1_response_default()),
    2: (v2_response_default()),
    3: (v3_response_default()),
    4: (v4_response_default()),
    5: (v5_response_default()),
    6: (v6_response_default()),
};
const lenientScope = new external_node_async_hooks_.AsyncLocalStorage();
let parsersWrapped = false;
function wrapMetadataParsers() {
    if (parsersWrapped)
        return;
    parsersWrapped = true;
    for (const response of Object.values(METADATA_RESPONSES)) {
        const parse = response.parse.bind(response);
        response.parse = (data) => {
            if (lenientScope.getStore()) {
                for (const topic of data.topicMetadata ?? []) {
                    for (const partition of topic.partitionMetadata ?? []) {
                        if (PARTITION_STATE_ERRORS.has(partition.partitionErrorCode))
                            partition.partitionErrorCode = 0;
                    }
                }
            }
            return parse(data);
        };
    }
}
/**
 * Runs `work` (the scan's use of its own Kafka client) with Metadata responses that let offline
 * partitions through, with their leader as reported (-1 when there is none), so sampling fails
 * that topic alone, by name. kafkajs alone rejects a whole Metadata response when one partition
 * reports an error, and keeps refreshing that topic: one offline partition would fail listing
 * topics, every later refresh and so the whole scan. Topic errors and other partition errors
 * still throw, as kafkajs's retries expect. Outside `work` (other clients of the process, the
 * tests' own) kafkajs behaves as it always does: the parsers only relax inside this async scope.
 */
function withLenientMetadata(work) {
    wrapMetadataParsers();
    return lenientScope.run(true, work);
}
// ---- the check at start-up ----------------------------------------------------------------
class KafkajsDriftError extends Error {
    problems;
    name = 'KafkajsDriftError';
    constructor(problems) {
        super(`kafkajs ${kafkajs_package.version} does not have the internals the scan reads partitions with (${problems.join('; ')}); ` +
            `kafka-schema-scout needs kafkajs ${REQUIRED_KAFKAJS_VERSION} exactly`);
        this.problems = problems;
    }
}
/** Pure: what does not hold of `probe`; empty when everything the scan relies on is there. */
function kafkajsProblems(probe) {
    const problems = [];
    if (probe.version !== REQUIRED_KAFKAJS_VERSION)
        problems.push(`version ${probe.version} is not ${REQUIRED_KAFKAJS_VERSION}`);
    const uncovered = probe.metadataVersions.filter((version) => !(version in METADATA_RESPONSES));
    if (uncovered.length > 0)
        problems.push(`Metadata response version(s) ${uncovered.join(', ')} are not made lenient`);
    for (const [version, response] of Object.entries(METADATA_RESPONSES)) {
        if (typeof response?.parse !== 'function')
            problems.push(`Metadata v${version} response has no parse`);
    }
    if (typeof probe.filterAbortedMessages !== 'function')
        problems.push('consumer/filterAbortedMessages is not a function');
    const fetch = probe.fetchRequests;
    const fetchVersions = fetch?.versions?.map(Number) ?? [];
    if (typeof fetch?.protocol !== 'function' || Math.max(...fetchVersions) > OWN_DECODER_VERSIONS.to) {
        problems.push(`Fetch request versions ${fetchVersions.join(', ')} go beyond the ${OWN_DECODER_VERSIONS.to} the scan's decoder reads`);
    }
    if (typeof probe.decodeMessages !== 'function' || typeof probe.decoder !== 'function')
        problems.push('fetch/v4/decodeMessages or protocol/decoder is missing');
    const create = clusterFactory(probe.kafka);
    if (!create)
        problems.push(`no ${CREATE_CLUSTER} on a Kafka instance`);
    else {
        const cluster = create({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED });
        const missing = CLUSTER_METHODS.filter((name) => typeof cluster[name] !== 'function');
        if (missing.length > 0)
            problems.push(`Cluster lacks ${missing.join(', ')}`);
        const brokerPool = cluster.brokerPool;
        if (typeof brokerPool?.createBroker !== 'function')
            problems.push('Cluster has no brokerPool.createBroker');
        if (brokerPool !== undefined && !('metadata' in brokerPool))
            problems.push('Cluster has no brokerPool.metadata');
    }
    const brokerPrototype = probe.broker?.prototype;
    const brokerMissing = BROKER_METHODS.filter((name) => typeof brokerPrototype?.[name] !== 'function');
    if (brokerMissing.length > 0)
        problems.push(`Broker lacks ${brokerMissing.join(', ')}`);
    if (brokerPrototype !== undefined && sendRequestOf(brokerPrototype) === undefined)
        problems.push(`Broker has no ${SEND_REQUEST}`);
    const poolPrototype = probe.connectionPool?.prototype;
    const poolMissing = CONNECTION_POOL_METHODS.filter((name) => typeof poolPrototype?.[name] !== 'function');
    if (poolMissing.length > 0)
        problems.push(`ConnectionPool lacks ${poolMissing.join(', ')}`);
    return problems;
}
let checked = false;
/** Throws KafkajsDriftError, once per process, when the installed kafkajs is not what the scan was built on. */
function checkKafkajsInternals(kafka) {
    if (checked)
        return;
    const problems = kafkajsProblems({
        version: kafkajs_package.version,
        metadataVersions: (metadata_default()).versions,
        filterAbortedMessages: (filterAbortedMessages_default()),
        kafka,
        broker: (broker_default()),
        connectionPool: (connectionPool_default()),
        fetchRequests: (fetch_default()),
        decodeMessages: (decodeMessages_default()),
        decoder: (decoder_default()),
    });
    if (problems.length > 0)
        throw new KafkajsDriftError(problems);
    checked = true;
}


/***/ }),

/***/ 92619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ip: () => (/* binding */ compareOffsets),
  qr: () => (/* binding */ defaultSampleOptions),
  PK: () => (/* binding */ sampleTopics)
});

// UNUSED EXPORTS: HELD_BYTES_BEFORE_NEXT_FETCH

;// CONCATENATED MODULE: ./src/util/concurrency.ts
/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/kafka/kafkajs-internals.ts + 1 modules
var kafkajs_internals = __webpack_require__(29133);
;// CONCATENATED MODULE: ./src/kafka/batch-offsets.ts

/**
 * Earliest and latest offsets of every partition of many topics with two ListOffsets requests
 * per leader (earliest and latest may not share a request: a partition appears once), sent
 * together on the one connection to each leader and to every leader at once: one round trip
 * whatever the number of topics. kafkajs's public look-ups cost two requests per topic, and its
 * Cluster#fetchTopicsOffset merges responses with an object spread per topic (quadratic).
 * The cluster is READ_COMMITTED: the end offset is the last stable offset, so an open
 * transaction cannot leave a partition waiting for records no reader will see.
 * Throws when a request fails (kafkajs fails a whole response for one partition's error):
 * callers fall back to per-topic look-ups. Metadata already loaded (discovery) is used as is;
 * otherwise the topics become the cluster's target topics (their metadata is loaded).
 * A topic with a partition that has no leader is left out and returned as such.
 */
async function readOffsetsInBatches(cluster, topics) {
    if (!topics.every((topic) => hasMetadata(cluster, topic)))
        await cluster.addMultipleTargetTopics(topics);
    const result = new Map();
    const leaderless = new Map();
    /** Leader's node id → topic → partition ids, for the topics whose every partition has a leader. */
    const byLeader = new Map();
    for (const topic of topics) {
        const partitions = cluster.findTopicPartitionMetadata(topic);
        const offline = partitions.filter(({ leader }) => !(0,kafkajs_internals/* hasLeader */.CT)(leader)).map(({ partitionId }) => partitionId);
        if (offline.length > 0) {
            leaderless.set(topic, offline.sort((a, b) => a - b));
            continue;
        }
        for (const { partitionId, leader } of partitions) {
            const led = byLeader.get(leader) ?? byLeader.set(leader, new Map()).get(leader);
            const ids = led.get(topic) ?? led.set(topic, []).get(topic);
            ids.push(partitionId);
        }
    }
    const lows = new Map();
    const highs = new Map();
    await Promise.all([...byLeader].map(async ([nodeId, led]) => {
        const broker = await cluster.findBroker({ nodeId: String(nodeId) });
        const request = (timestamp) => broker.listOffsets({
            isolationLevel: kafkajs_internals/* READ_COMMITTED */.Ad,
            topics: [...led].map(([topic, partitions]) => ({ topic, partitions: partitions.map((partition) => ({ partition, timestamp })) })),
        });
        const answers = await Promise.all([request(kafkajs_internals/* EARLIEST_OFFSET */.gE), request(kafkajs_internals/* LATEST_OFFSET */.wZ)]);
        for (const [target, { responses }] of [lows, highs].map((target, i) => [target, answers[i]])) {
            for (const { topic, partitions } of responses)
                for (const { partition, offset } of partitions)
                    target.set(partitionKey(topic, partition), offset);
        }
    }));
    for (const [, led] of byLeader) {
        for (const [topic, partitions] of led) {
            const offsets = result.get(topic) ?? [];
            for (const partition of partitions) {
                const high = highs.get(partitionKey(topic, partition));
                const low = lows.get(partitionKey(topic, partition));
                if (high === undefined || low === undefined)
                    throw new Error(`no offsets returned for partition ${partition} of topic ${topic}`);
                offsets.push({ partition, low, high });
            }
            result.set(topic, offsets);
        }
    }
    for (const offsets of result.values())
        offsets.sort((a, b) => a.partition - b.partition);
    return { offsets: result, leaderless };
}
/** Whether the cluster's loaded metadata has the topic (none loaded yet: no). */
function hasMetadata(cluster, topic) {
    try {
        return cluster.findTopicPartitionMetadata(topic).length > 0;
    }
    catch {
        return false;
    }
}
function partitionKey(topic, partition) {
    return `${partition}\u0000${topic}`;
}

;// CONCATENATED MODULE: ./src/kafka/partition-reader.ts

function partitionCursor(topic, partition, start, end) {
    return { topic, partition, next: start, end, done: start >= end, stalls: 0 };
}
const defaultReaderOptions = {
    maxBytesPerPartition: 1024 * 1024,
    // A decoded response (an object per record) is larger than its bytes; sample.ts bounds what is held besides.
    maxBytesPerResponse: 16 * 1024 * 1024,
    maxWaitMs: 100,
    retries: 3,
    retryBackoffMs: 300,
};
/** A partition that got nothing in this many roomy responses is fetched alone (then its first batch always comes). */
const STALLS_BEFORE_ALONE = 2;
/**
 * Reads partitions by offset with Fetch requests to their leaders: no consumer group, so
 * nothing to join, commit or delete, and only Topic Read is needed. One request per leader
 * covers up to 1,000 partitions still open on it; the next request is sent as soon as the caller
 * has room for its records (roomForNextResponse), and is in flight while the caller goes on
 * handing over what it holds, so writing overlaps fetching. READ_COMMITTED: aborted
 * records and transaction markers are skipped, and the offsets move past them.
 * Returns when every cursor is done; failures are reported through the hooks, never thrown.
 * The cursors are taken out of `cursors` (it is left empty) into per-leader lists that drop the
 * done ones as the reading goes, so a topic read to its end leaves memory during the scan.
 */
async function readPartitions(cluster, cursors, hooks, logger, options = defaultReaderOptions) {
    let open = dropDone(cursors.splice(0));
    for (let failedRounds = 0; open.length > 0;) {
        const byLeader = groupByLeader(cluster, open, hooks);
        open = []; // during the round only the leaders' lists hold cursors, and they drop the done ones
        const rounds = await Promise.all([...byLeader].map(([nodeId, group]) => readFromLeader(cluster, nodeId, group, hooks, logger, options)));
        open = dropDone([...byLeader.values()].flat());
        const errors = rounds.flatMap((round) => (round.error === undefined ? [] : [round.error]));
        if (errors.length === 0)
            continue; // leaders that moved or vanished: regrouped next round
        // Retries count rounds in a row that read nothing: a long scan may see several leader moves.
        failedRounds = rounds.some((round) => round.moved) ? 1 : failedRounds + 1;
        const reason = errorText(errors[0]);
        if (failedRounds > options.retries) {
            if (open.length > 0)
                fail(hooks, open, reason, 'connection');
            return;
        }
        logger.debug(`fetch round failed (${reason}); retry ${failedRounds} of ${options.retries} after refreshing metadata`);
        await sleep(options.retryBackoffMs * 2 ** (failedRounds - 1));
        await cluster.refreshMetadata().catch((error) => logger.debug(`metadata refresh: ${errorText(error)}`));
    }
}
/** Open cursors by the node id of their partition's leader; partitions without one fail their topic. */
function groupByLeader(cluster, open, hooks) {
    const byLeader = new Map();
    const leaderless = new Map();
    const leadersByTopic = new Map();
    for (const cursor of open) {
        let leaders = leadersByTopic.get(cursor.topic);
        if (leaders === undefined) {
            leaders = new Map();
            try {
                for (const { partitionId, leader } of cluster.findTopicPartitionMetadata(cursor.topic))
                    leaders.set(partitionId, leader);
            }
            catch {
                // no metadata for the topic: leaderless below
            }
            leadersByTopic.set(cursor.topic, leaders);
        }
        const leader = leaders.get(cursor.partition);
        const target = (0,kafkajs_internals/* hasLeader */.CT)(leader) ? byLeader : leaderless;
        const key = (0,kafkajs_internals/* hasLeader */.CT)(leader) ? String(leader) : cursor.topic;
        const group = target.get(key);
        if (group)
            group.push(cursor);
        else
            target.set(key, [cursor]);
    }
    for (const [topic, group] of leaderless) {
        const partitions = group.map((cursor) => cursor.partition).join(', ');
        fail(hooks, group, `partition(s) ${partitions} of topic ${topic} have no leader (the topic was deleted or is unavailable)`, 'topic');
    }
    return byLeader;
}
/**
 * Reads the cursors led by one broker until they are done. Returns whether any partition moved
 * on, and the error that ended it early, naming the broker, when a retry of the round may help
 * (connection lost, leadership moved).
 */
async function readFromLeader(cluster, nodeId, cursors, hooks, logger, options) {
    let broker;
    try {
        broker = await cluster.findBroker({ nodeId });
    }
    catch (error) {
        return { moved: false, error: new Error(`broker node ${nodeId}: ${errorText(error)}`) };
    }
    let moved = false;
    /** After an error that names no partition, topics are fetched one at a time so it fails only its own. */
    let oneTopicAtATime = false;
    const send = (batch) => {
        hooks.onRequest?.(batch);
        return broker
            .fetch({
            isolationLevel: kafkajs_internals/* READ_COMMITTED */.Ad,
            maxWaitTime: options.maxWaitMs,
            minBytes: 1,
            maxBytes: options.maxBytesPerResponse,
            topics: fetchTopics(batch, batch.length === 1 ? options.maxBytesPerResponse : options.maxBytesPerPartition),
        })
            .then((response) => ({ moved: applyResponse(response, batch, hooks, options, logger) }), (error) => ({ error }));
    };
    let batch = nextBatch(cursors, oneTopicAtATime);
    let inFlight = batch.length > 0 ? send(batch) : undefined;
    while (inFlight !== undefined) {
        const outcome = await inFlight;
        if ('error' in outcome) {
            const { error } = outcome;
            const outOfRange = offsetOutOfRange(error, batch);
            if (outOfRange !== undefined) {
                // Retention removed the rest of the partition since its offsets were read.
                outOfRange.done = true;
            }
            else if ((0,kafkajs_internals/* needsNewMetadata */.Tj)(error)) {
                return { moved, error: new Error(`broker ${broker.brokerAddress}: ${errorText(error)}`) };
            }
            else if (new Set(batch.map((cursor) => cursor.topic)).size > 1) {
                oneTopicAtATime = true; // kafkajs names no partition for other errors: find the topic at fault
            }
            else {
                fail(hooks, batch, errorText(error), 'topic');
                oneTopicAtATime = false; // the topic at fault is found: the others go back to shared requests
            }
            batch = nextBatch(cursors, oneTopicAtATime);
            inFlight = batch.length > 0 ? send(batch) : undefined;
            continue;
        }
        moved ||= outcome.moved;
        await hooks.roomForNextResponse();
        batch = nextBatch(cursors, oneTopicAtATime);
        inFlight = batch.length > 0 ? send(batch) : undefined;
    }
    return { moved };
}
/** Removes the done cursors from `cursors`, in place, and returns it. */
function dropDone(cursors) {
    let kept = 0;
    for (const cursor of cursors)
        if (!cursor.done)
            cursors[kept++] = cursor;
    cursors.length = kept;
    return cursors;
}
/**
 * Partitions per request: the first open ones in the caller's order (topic by topic), so topics
 * complete and leave memory early instead of all being half read at once.
 */
const MAX_PARTITIONS_PER_REQUEST = 1000;
/** The cursors of the next request: the first open ones, a stalled one alone, or one topic's after an error. */
function nextBatch(cursors, oneTopicAtATime) {
    const open = dropDone(cursors);
    const stalled = open.find((cursor) => cursor.stalls >= STALLS_BEFORE_ALONE);
    if (stalled)
        return [stalled];
    if (oneTopicAtATime && open.length > 0)
        return open.filter((cursor) => cursor.topic === open[0].topic);
    return open.slice(0, MAX_PARTITIONS_PER_REQUEST);
}
function fetchTopics(batch, maxBytes) {
    const byTopic = new Map();
    for (const cursor of batch) {
        const partitions = byTopic.get(cursor.topic) ?? [];
        partitions.push({ partition: cursor.partition, fetchOffset: cursor.next.toString(), maxBytes });
        byTopic.set(cursor.topic, partitions);
    }
    return [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
}
/** Hands each partition's records over and moves its cursor on; returns whether any cursor moved. */
function applyResponse(response, batch, hooks, options, logger) {
    const requested = new Map();
    for (const cursor of batch)
        requested.set(partition_reader_partitionKey(cursor.topic, cursor.partition), cursor);
    const answered = new Set();
    let bytes = 0;
    let moved = false;
    for (const { topicName, partitions } of response.responses) {
        for (const data of partitions) {
            const cursor = requested.get(partition_reader_partitionKey(topicName, data.partition));
            if (cursor === undefined || cursor.done || data.messages.length === 0)
                continue;
            answered.add(cursor);
            const aborted = data.abortedTransactions?.length ? (0,kafkajs_internals/* abortedRecords */.Q6)(data) : undefined;
            const records = [];
            let last = cursor.next - 1n;
            for (const message of data.messages) {
                bytes += (message.key?.length ?? 0) + (message.value?.length ?? 0);
                const offset = BigInt(message.offset);
                if (offset > last)
                    last = offset;
                // A compressed batch may start before the requested offset.
                if (offset < cursor.next || offset >= cursor.end || message.isControlRecord || aborted?.has(message))
                    continue;
                records.push({
                    partition: data.partition,
                    offset: message.offset,
                    key: message.key ?? null,
                    value: message.value ?? null,
                    headers: hasHeaders(message.headers) ? message.headers : NO_HEADERS,
                    timestamp: message.timestamp,
                });
            }
            moved ||= last + 1n !== cursor.next;
            cursor.next = last + 1n;
            cursor.stalls = 0;
            if (cursor.next >= cursor.end)
                cursor.done = true;
            hooks.onRecords(cursor, records);
        }
    }
    // A response with room to spare that brought an open partition nothing: its next batch is larger
    // than its share of the request (it is fetched alone after a few of these), or nothing is left
    // to read before the end (an empty compacted batch, or a partition already fetched alone).
    const roomy = bytes < options.maxBytesPerResponse / 2;
    for (const cursor of batch) {
        if (cursor.done || answered.has(cursor) || !roomy)
            continue;
        if (batch.length === 1 && cursor.stalls >= STALLS_BEFORE_ALONE) {
            logger.debug(`${cursor.topic}[${cursor.partition}]: no records at offset ${cursor.next} before the end ${cursor.end}; partition done`);
            cursor.done = true;
        }
        else
            cursor.stalls++;
    }
    return moved;
}
/** Shared by every record without headers (most): one empty object per record adds up over a sample. */
const NO_HEADERS = Object.freeze({});
function hasHeaders(headers) {
    for (const _ in headers)
        return true;
    return false;
}
function partition_reader_partitionKey(topic, partition) {
    return `${partition}\u0000${topic}`;
}
/** The cursor an OFFSET_OUT_OF_RANGE error names, if the error is one. */
function offsetOutOfRange(error, batch) {
    const named = (0,kafkajs_internals/* offsetOutOfRangeOf */.xK)(error);
    return named && batch.find((cursor) => cursor.topic === named.topic && cursor.partition === named.partition);
}
function fail(hooks, cursors, reason, kind) {
    for (const cursor of cursors)
        cursor.done = true;
    hooks.onFailure(cursors, reason, kind);
}
function errorText(error) {
    return error?.message ?? String(error);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/kafka/hand-over.ts
function createHandOverQueue(handOver, concurrency, heldBytesBudget) {
    const queued = [];
    let running = 0;
    let held = 0;
    let failure;
    let waiters = [];
    const wake = () => {
        const woken = waiters;
        waiters = [];
        for (const resolve of woken)
            resolve();
    };
    const changed = () => new Promise((resolve) => waiters.push(resolve));
    const start = () => {
        while (running < concurrency && queued.length > 0 && failure === undefined) {
            const { item, bytes } = queued.shift();
            running++;
            handOver(item)
                .catch((error) => {
                failure ??= { error };
            })
                .finally(() => {
                running--;
                held -= bytes;
                start();
                wake();
            });
        }
    };
    const settled = async (done) => {
        start();
        while (failure === undefined && !done())
            await changed();
        if (failure !== undefined)
            throw failure.error;
    };
    return {
        hold(bytes) {
            held += bytes;
        },
        push(item, bytes) {
            queued.push({ item, bytes });
        },
        room: () => settled(() => held <= heldBytesBudget || running === 0),
        drained: () => settled(() => running === 0 && queued.length === 0),
        get heldBytes() {
            return held;
        },
    };
}

;// CONCATENATED MODULE: ./src/kafka/sample-plan.ts
/**
 * Up to `perPartition` records from the end (`latest`) or the beginning (`earliest`) of each
 * partition. Partitions that are empty (or emptied by retention: low == high) are skipped.
 */
function planPartitionRanges(offsets, perPartition, from) {
    const count = BigInt(Math.max(0, Math.floor(perPartition)));
    const ranges = [];
    for (const { partition, low, high } of offsets) {
        const lo = BigInt(low);
        const hi = BigInt(high);
        if (hi <= lo || count === 0n)
            continue;
        const start = from === 'latest' ? (hi - count > lo ? hi - count : lo) : lo;
        const end = from === 'latest' ? hi : lo + count < hi ? lo + count : hi;
        ranges.push({ partition, start, end });
    }
    return ranges.sort((a, b) => a.partition - b.partition);
}

;// CONCATENATED MODULE: ./src/kafka/sample.ts






const defaultSampleOptions = {
    samplesPerPartition: 100,
    from: 'latest',
    maxBytesPerTopic: 16 * 1024 * 1024,
    topicTimeoutMs: 60_000,
    scanTimeoutMs: 600_000,
};
/**
 * Reads bounded samples from many topics without any consumer group: partition offsets in two
 * ListOffsets requests per leader, then Fetch requests by offset to each partition's leader
 * (partition-reader.ts), all on `cluster`'s connections (connected by the caller, and usually
 * holding the topics' metadata from discovery). Nothing is joined, committed or left behind;
 * existing consumer groups are never touched. Each topic is handed to `onTopic` as soon as it is
 * complete (or failed), while the next fetch is in flight, so memory holds only topics still
 * being read.
 */
async function sampleTopics(cluster, topics, options, onTopic, logger, 
/** Broker addresses, named in the error when the brokers are lost mid-scan. */
brokers = []) {
    const started = Date.now();
    const scanDeadline = started + options.scanTimeoutMs;
    const pending = await planTopics(cluster, topics, options, onTopic, logger);
    logger.debug(`sampling: offsets of ${topics.length} topic(s) read in ${Date.now() - started} ms`);
    for (const [topic, error] of await loadMetadata(cluster, [...pending.keys()])) {
        pending.delete(topic);
        await onTopic({ topic, ok: false, error: `could not read metadata: ${error}` });
    }
    await readTopics(cluster, pending, options, scanDeadline, onTopic, logger, brokers);
    logger.debug(`sampling: all topics read after ${Date.now() - started} ms`);
}
/**
 * Each topic's partitions to read, by topic in the caller's order; a topic whose offsets cannot
 * be read is handed over as failed. The offsets themselves are not kept.
 */
async function planTopics(cluster, topics, options, onTopic, logger) {
    const pending = new Map();
    const offsets = await fetchAllTopicOffsets(cluster, topics, logger);
    for (const topic of topics) {
        const result = offsets.get(topic);
        if ('error' in result) {
            await onTopic({ topic, ok: false, error: `could not read offsets: ${result.error}` });
            continue;
        }
        const ranges = planPartitionRanges(result.offsets, options.samplesPerPartition, options.from);
        const cursors = ranges.map((range) => partitionCursor(topic, range.partition, range.start, range.end));
        pending.set(topic, { topic, cursors, records: [], bytes: 0, truncatedByBytes: false, requestedAt: 0 });
    }
    return pending;
}
const TOPICS_HANDED_OVER_CONCURRENTLY = 64;
/**
 * Bytes of records read and not yet handed over above which the next fetch waits: with one
 * fetch response (at most 16 MiB, partition-reader.ts) on top, this bounds the records in memory
 * at any topic count. Smaller responses would bound it lower but cost a round trip each: at
 * 20 ms from the cluster, 4 MiB responses made the scan 1.45× the bare consumer instead of 1.1×.
 */
const HELD_BYTES_BEFORE_NEXT_FETCH = 8 * 1024 * 1024;
async function readTopics(cluster, pending, options, scanDeadline, onTopic, logger, brokers) {
    // Handing a topic over (decode, infer, write) waits mostly on the file system: several run at
    // once, and the reader goes on fetching while they do; all have finished before this returns.
    const handOver = createHandOverQueue(onTopic, TOPICS_HANDED_OVER_CONCURRENTLY, options.heldBytesBeforeNextFetch ?? HELD_BYTES_BEFORE_NEXT_FETCH);
    // A settled topic leaves `pending` (and the reader drops its done cursors): what a scan keeps
    // of a topic it has read is its outcome alone, so memory stays flat in the topic count.
    const settle = (state, sample) => {
        if (!pending.delete(state.topic))
            return;
        for (const cursor of state.cursors)
            cursor.done = true;
        handOver.push(sample, state.bytes);
    };
    const completeIfDone = (state) => {
        if (!pending.has(state.topic) || state.cursors.some((cursor) => !cursor.done))
            return;
        const records = state.records.sort((a, b) => a.partition - b.partition || compareOffsets(a.offset, b.offset));
        settle(state, { topic: state.topic, ok: true, records: ownBytes(records, state.bytes), truncatedByBytes: state.truncatedByBytes });
    };
    const enforceDeadlines = () => {
        const now = Date.now();
        for (const state of pending.values()) {
            if (now > scanDeadline)
                settle(state, { topic: state.topic, ok: false, error: `not read within the scan time budget (${options.scanTimeoutMs} ms)` });
            else if (state.requestedAt > 0 && now > state.requestedAt + options.topicTimeoutMs) {
                const unfinished = state.cursors.filter((cursor) => !cursor.done).length;
                settle(state, {
                    topic: state.topic,
                    ok: false,
                    error: `not read within the topic time budget (${options.topicTimeoutMs} ms); ${unfinished} partition(s) unfinished`,
                });
            }
        }
    };
    for (const state of pending.values())
        completeIfDone(state); // nothing to read: empty, or emptied by retention
    enforceDeadlines();
    await handOver.room();
    const timer = setInterval(enforceDeadlines, 100);
    try {
        await readPartitions(cluster, [...pending.values()].flatMap((state) => state.cursors), {
            onRecords: (cursor, records) => {
                const state = pending.get(cursor.topic);
                if (state === undefined)
                    return; // settled: failed, or out of time
                for (const record of records) {
                    const size = (record.key?.length ?? 0) + (record.value?.length ?? 0);
                    if (state.bytes + size > options.maxBytesPerTopic && state.records.length > 0) {
                        state.truncatedByBytes = true;
                        for (const other of state.cursors)
                            other.done = true;
                        break;
                    }
                    state.bytes += size;
                    state.records.push(record);
                    handOver.hold(size);
                }
                completeIfDone(state);
            },
            onRequest: (cursors) => {
                const now = Date.now();
                for (const cursor of cursors) {
                    const state = pending.get(cursor.topic);
                    if (state !== undefined && state.requestedAt === 0)
                        state.requestedAt = now;
                }
            },
            roomForNextResponse: () => {
                enforceDeadlines();
                return handOver.room();
            },
            onFailure: (cursors, reason, kind) => {
                const failed = new Set(cursors.map((cursor) => cursor.topic));
                const error = kind === 'connection' ? `not read: ${brokersText(brokers)} failed during sampling: ${reason}` : `could not read records: ${reason}`;
                if (kind === 'connection') {
                    logger.warn(`${brokersText(brokers)} failed during sampling: ${reason}; ${failed.size} topic(s) not read (their committed files are kept): ${[...failed].join(', ')}`);
                }
                for (const topic of failed) {
                    const state = pending.get(topic);
                    if (state !== undefined)
                        settle(state, { topic, ok: false, error });
                }
            },
        }, logger);
    }
    finally {
        clearInterval(timer);
    }
    enforceDeadlines();
    await handOver.drained();
}
/**
 * The records with their keys, values and header values copied into one buffer of their own:
 * as read, each is a slice of its whole fetch response, which one held record keeps in memory.
 */
function ownBytes(records, bytes) {
    const block = Buffer.allocUnsafeSlow(bytes);
    let at = 0;
    // `bytes` is exactly the keys' and values' lengths; header values get copies of their own.
    const own = (slice) => {
        const copy = block.subarray(at, at + slice.copy(block, at));
        at += slice.length;
        return copy;
    };
    for (const record of records) {
        if (record.key !== null)
            record.key = own(record.key);
        if (record.value !== null)
            record.value = own(record.value);
        for (const [name, value] of Object.entries(record.headers)) {
            if (Buffer.isBuffer(value))
                record.headers[name] = Buffer.from(value);
            else if (Array.isArray(value))
                record.headers[name] = value.map((item) => (Buffer.isBuffer(item) ? Buffer.from(item) : item));
        }
    }
    return records;
}
/**
 * Makes the topics the cluster's target topics (their leaders known). Usually a no-op: discovery
 * or reading the offsets did it. When a topic makes that fail (deleted meanwhile), topics are
 * added one at a time and those that fail are returned with the reason.
 */
async function loadMetadata(cluster, topics) {
    const failures = new Map();
    // All of them when one lacks it: kafkajs's next refresh covers only its target topics.
    if (topics.every((topic) => hasMetadata(cluster, topic)))
        return failures;
    try {
        await cluster.addMultipleTargetTopics(topics);
        return failures;
    }
    catch {
        for (const topic of topics) {
            await cluster.addMultipleTargetTopics([topic]).catch((error) => failures.set(topic, error.message));
        }
    }
    return failures;
}
function brokersText(brokers) {
    return brokers.length > 0 ? `Kafka at ${brokers.join(',')}` : 'Kafka';
}
/** Per-topic offset look-ups in flight at once after the batched look-up failed. */
const TOPICS_LOOKED_UP_CONCURRENTLY = 16;
/**
 * Earliest and latest offsets of every partition: all topics in two requests per leader when
 * possible (batch-offsets.ts); otherwise topic by topic, so a failing topic (deleted meanwhile,
 * not authorized) fails alone.
 */
async function fetchAllTopicOffsets(cluster, topics, logger) {
    const results = new Map();
    try {
        const batched = await withFreshMetadataRetries(cluster, () => readOffsetsInBatches(cluster, topics), logger);
        for (const [topic, offsets] of batched.offsets)
            results.set(topic, { offsets });
        for (const [topic, partitions] of batched.leaderless) {
            results.set(topic, { error: `partition(s) ${partitions.join(', ')} have no leader (a broker is down, or an election is under way)` });
        }
        return results;
    }
    catch (error) {
        logger.debug(`offsets in one request failed (${error.message}); reading them topic by topic`);
    }
    await mapWithConcurrency(topics, TOPICS_LOOKED_UP_CONCURRENTLY, async (topic) => {
        try {
            const { offsets, leaderless } = await readOffsetsInBatches(cluster, [topic]);
            const partitions = leaderless.get(topic);
            if (partitions)
                results.set(topic, { error: `partition(s) ${partitions.join(', ')} have no leader (a broker is down, or an election is under way)` });
            else
                results.set(topic, { offsets: offsets.get(topic) });
        }
        catch (error) {
            results.set(topic, { error: error.message });
        }
    });
    return results;
}
const OFFSET_RETRIES = 3;
const OFFSET_RETRY_BACKOFF_MS = 300;
/**
 * `work` again after fresh metadata when a leader moved or a broker did not answer (a new
 * topic's leader may still refuse ListOffsets for a moment): kafkajs's own look-ups retry so.
 */
async function withFreshMetadataRetries(cluster, work, logger) {
    for (let attempt = 1;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (attempt > OFFSET_RETRIES || !(0,kafkajs_internals/* needsNewMetadata */.Tj)(error))
                throw error;
            logger.debug(`offsets: ${error.message}; retry ${attempt} of ${OFFSET_RETRIES} after refreshing metadata`);
            await new Promise((resolve) => setTimeout(resolve, OFFSET_RETRY_BACKOFF_MS * 2 ** (attempt - 1)));
            await cluster.refreshMetadata().catch((refresh) => logger.debug(`metadata refresh: ${refresh.message}`));
        }
    }
}
/**
 * Orders two offsets as Kafka writes them (decimal, non-negative, no leading zeros): the shorter
 * is the smaller, and at equal length the text order is the numeric one. Exact beyond 2^53,
 * without parsing a BigInt (four per record took 4% of a scan's CPU in the evidence).
 */
function compareOffsets(a, b) {
    return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ }),

/***/ 73247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ formatScanReport)
/* harmony export */ });
/**
 * The scan report as text lines, for the CLI's stdout and the Action's log; `removal`: what the
 * CLI did with the vanished topics' folders (the Action's pull request says it there).
 */
function formatScanReport(report, removal) {
    const lines = [];
    const count = (status) => report.topics.filter((topic) => topic.status === status).length;
    lines.push(`cluster ${report.cluster}: ${report.topics.length} topic(s) scanned into ${report.dir}/${report.cluster}: ` +
        `${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${count('failed')} failed` +
        (report.vanished.length > 0 ? `, ${report.vanished.length} vanished` : ''));
    for (const topic of report.topics) {
        const formats = topic.valueFormat ? ` (key ${topic.keyFormat ?? 'none'}, value ${topic.valueFormat}, ${topic.records} records)` : '';
        const detail = topic.status === 'failed' ? `: ${topic.error}` : formats;
        lines.push(`  ${topic.status.padEnd(9)} ${topic.topic}${detail}`);
        for (const warning of topic.warnings)
            lines.push(`            warning: ${warning}`);
        for (const note of topic.notes ?? [])
            lines.push(`            note: ${note}`);
    }
    const removed = new Set(removal?.removed ?? []);
    for (const topic of report.vanished) {
        const what = removed.has(topic)
            ? `no longer in the cluster: removed ${report.dir}/${report.cluster}/${topic}/`
            : `committed, no longer in the cluster${removal ? '; folder kept' : ''}`;
        lines.push(`  ${'vanished'.padEnd(9)} ${topic} (${what})`);
    }
    if (removal?.reason !== undefined)
        lines.push(`  vanished folders kept: ${removal.reason}`);
    if (report.clusterFileWritten)
        lines.push(`  wrote ${report.dir}/${report.cluster}/cluster.json (the cluster's DataHub identity)`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 79302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: ./src/catalog/layout.ts
var layout = __webpack_require__(20837);
// EXTERNAL MODULE: ./src/catalog/read.ts
var read = __webpack_require__(20939);
// EXTERNAL MODULE: ./src/catalog/safe-fs.ts
var safe_fs = __webpack_require__(91704);
// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(88996);
;// CONCATENATED MODULE: ./src/catalog/topic-file.ts

/** Fields a scan writes; every other field in topic.json belongs to the users and is kept as they wrote it. */
const SCANNED_FIELDS = ['partitions', 'replicationFactor', 'configs', 'keyFormat', 'valueFormat'];
/**
 * Merges what a scan measured into the committed topic.json: scanned fields first in a fixed
 * order (so output is stable), then the users' fields in their committed order. A scanned
 * field the scan could not measure (undefined) keeps its committed value.
 */
function mergeTopicFile(committed, scanned) {
    const merged = {};
    for (const field of SCANNED_FIELDS) {
        const value = scanned[field] ?? committed?.[field];
        if (value !== undefined)
            merged[field] = value;
    }
    // Users' field names are data: `__proto__` or `constructor` is a field like any other.
    for (const [field, value] of Object.entries(committed ?? {})) {
        if (!SCANNED_FIELDS.includes(field))
            (0,own/* setOwn */.P)(merged, field, value);
    }
    return merged;
}
function formatTopicFile(topic) {
    return `${JSON.stringify(topic, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/kafka/connect.ts + 1 modules
var connect = __webpack_require__(29010);
// EXTERNAL MODULE: ./src/kafka/kafkajs-internals.ts + 1 modules
var kafkajs_internals = __webpack_require__(29133);
// EXTERNAL MODULE: ./node_modules/kafkajs/index.js
var kafkajs = __webpack_require__(77801);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/kafka/topic-filter.ts

function isInternalTopic(name) {
    return name.startsWith('_');
}
function compile(patterns, flag) {
    return (patterns ?? [])
        .filter((pattern) => pattern.trim() !== '')
        .map((pattern) => {
        try {
            return new RegExp(`^(?:${pattern})$`);
        }
        catch (error) {
            throw new errors/* UsageError */.e(`invalid ${flag} pattern ${JSON.stringify(pattern)}: ${error.message}`);
        }
    });
}
/** The `include` patterns that match none of `topics` (each as given): a typo, or the wrong cluster. */
function unmatchedIncludes(options, topics) {
    const given = (options.include ?? []).filter((pattern) => pattern.trim() !== '');
    return given.filter((_, index) => !topics.some((topic) => compile([given[index]], 'include')[0].test(topic)));
}
function createTopicFilter(options) {
    const include = compile(options.include, 'include');
    const exclude = compile(options.exclude, 'exclude');
    return (topic) => (options.includeInternal || !isInternalTopic(topic)) &&
        (include.length === 0 || include.some((pattern) => pattern.test(topic))) &&
        !exclude.some((pattern) => pattern.test(topic));
}

;// CONCATENATED MODULE: ./src/kafka/discover.ts



/** The topic configs DataHub's own Kafka source records (written to topic.json). */
const RECORDED_TOPIC_CONFIGS = [
    'cleanup.policy',
    'retention.ms',
    'retention.bytes',
    'min.insync.replicas',
    'max.message.bytes',
    'unclean.leader.election.enable',
];
/** Discovery's placeholder: one frozen empty record for every topic until its configs are read. */
const NO_CONFIGS = Object.freeze({});
/**
 * Lists every topic of the cluster with its partitions from one Metadata request, which also
 * gives `cluster` the leaders that sampling reads from (the scan's one client: no second
 * connect, no second look-up); `keep` filters names. The configs are asked at once, one
 * DescribeConfigs request per broker for all kept topics, and are not waited for here.
 */
async function discoverTopics(cluster, keep, logger, filter) {
    await cluster.refreshMetadata(); // no target topics yet: kafkajs asks for every topic
    const all = (0,kafkajs_internals/* loadedTopicMetadata */.Kt)(cluster);
    for (const pattern of filter
        ? unmatchedIncludes(filter, all.map(({ topic }) => topic))
        : [])
        logger.warn(`--include / input 'include' pattern ${JSON.stringify(pattern)} matches no topic of the cluster`);
    const topics = all
        .filter(({ topic }) => keep(topic))
        .map(({ topic, partitionMetadata }) => ({
        name: topic,
        partitions: partitionMetadata.length,
        replicationFactor: Math.max(0, ...partitionMetadata.map((partition) => partition.replicas.length)),
        configs: NO_CONFIGS,
    }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = topics.map(({ name }) => name);
    const configs = readTopicConfigs(cluster, names, logger).catch((error) => ({
        values: new Map(),
        errors: new Map(names.map((name) => [name, error.message])),
    }));
    return { topics, configs };
}
/**
 * The RECORDED_TOPIC_CONFIGS of `names`: one request per broker, the topics spread over the
 * brokers (any broker answers for a topic). kafkajs fails a whole response for one resource's
 * error without naming it, so a failed request is asked again in halves, down to the topic at
 * fault; a broker that cannot be reached fails its share at once.
 */
async function readTopicConfigs(cluster, names, logger) {
    const result = { values: new Map(), errors: new Map() };
    if (names.length === 0)
        return result;
    // Most topics share their configs: one frozen record per distinct set, not one per topic.
    const distinct = new Map();
    const shared = (values) => {
        const key = JSON.stringify(values);
        const known = distinct.get(key);
        if (known !== undefined)
            return known;
        distinct.set(key, Object.freeze(values));
        return values;
    };
    const nodeIds = cluster.getNodeIds();
    const share = Math.ceil(names.length / Math.max(1, nodeIds.length));
    const describe = async (broker, batch) => {
        try {
            const described = await broker.describeConfigs({
                includeSynonyms: false,
                resources: batch.map((name) => ({ type: kafkajs.ConfigResourceTypes.TOPIC, name, configNames: [...RECORDED_TOPIC_CONFIGS] })),
            });
            for (const resource of described.resources) {
                const values = {};
                for (const entry of [...resource.configEntries].sort((a, b) => a.configName.localeCompare(b.configName))) {
                    if (entry.configValue !== null && entry.configValue !== undefined)
                        values[entry.configName] = entry.configValue;
                }
                result.values.set(resource.resourceName, shared(values));
            }
        }
        catch (error) {
            if (batch.length > 1 && !(0,kafkajs_internals/* needsNewMetadata */.Tj)(error)) {
                const half = Math.ceil(batch.length / 2);
                await Promise.all([describe(broker, batch.slice(0, half)), describe(broker, batch.slice(half))]);
                return;
            }
            for (const name of batch)
                result.errors.set(name, error.message);
        }
    };
    await Promise.all((nodeIds.length > 0 ? nodeIds : ['']).map(async (nodeId, i) => {
        const batch = names.slice(i * share, (i + 1) * share);
        if (batch.length === 0)
            return;
        let broker;
        try {
            broker = await cluster.findBroker({ nodeId });
        }
        catch (error) {
            for (const name of batch)
                result.errors.set(name, `broker node ${nodeId}: ${error.message}`);
            return;
        }
        await describe(broker, batch);
    }));
    for (const name of names)
        if (!result.values.has(name) && !result.errors.has(name))
            result.errors.set(name, 'not in the DescribeConfigs response');
    // One line here; each topic's own warning names it and the reason.
    const [first] = result.errors;
    if (first)
        logger.warn(`could not read the configs of ${result.errors.size} topic(s) (topic ${first[0]}: ${first[1]}); their committed configs are kept`);
    return result;
}

// EXTERNAL MODULE: ./src/kafka/sample.ts + 5 modules
var sample = __webpack_require__(92619);
// EXTERNAL MODULE: ./src/schema/avro.ts
var avro = __webpack_require__(80387);
// EXTERNAL MODULE: ./src/catalog/schema-file.ts
var schema_file = __webpack_require__(84919);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/util/redact.ts
var util_redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/util/url.ts
var url = __webpack_require__(77997);
;// CONCATENATED MODULE: ./src/kafka/schema-registry.ts




/** The `message` of a registry's error body (`{"error_code":40403,"message":"Schema not found"}`), if any. */
function errorBodyMessage(text) {
    try {
        const message = JSON.parse(text).message;
        return typeof message === 'string' && message !== '' ? message : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Fetches writer schemas by id (`GET /schemas/ids/{id}`), each id once per scan. Credentials in
 * the URL are sent as basic auth (undici sends no userinfo) unless `username` is given; the URL
 * is printed with them masked, and an error body only with the password masked in any form.
 */
function createSchemaRegistryClient(options) {
    const inUrl = (0,url/* withoutCredentials */.ri)(options.url);
    const base = inUrl.url.replace(/\/+$/, '');
    const shown = (0,url/* redactUrl */.BO)(options.url).replace(/\/+$/, '');
    const username = options.username ?? inUrl.username;
    const password = options.username !== undefined ? options.password : inUrl.password;
    const headers = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
    if (username !== undefined) {
        headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
    }
    const redactor = new util_redact/* Redactor */.p([password, inUrl.password], username !== undefined ? { username, password: password ?? '' } : undefined);
    const redact = (text) => redactor.redact((0,url/* redactUrl */.BO)(text));
    const cache = new Map();
    const fetchSchema = async (id) => {
        const url = `${base}/schemas/ids/${id}`;
        let response;
        try {
            response = await (0,undici/* request */.Em)(url, { headers, headersTimeout: options.timeoutMs ?? 10_000, bodyTimeout: options.timeoutMs ?? 10_000 });
        }
        catch (error) {
            throw new Error(`schema registry at ${shown} did not answer for schema id ${id}: ${redact((0,errors/* errorMessage */.g)(error))}`);
        }
        const text = await response.body.text();
        if (response.statusCode !== 200) {
            const message = errorBodyMessage(text);
            // Masked before it is cut, so that no cut-off form of the password is left.
            const detail = message === undefined ? '' : `: ${redact(message).slice(0, 300)}`;
            throw new Error(`schema registry at ${shown} answered ${response.statusCode} for schema id ${id}${detail}`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new Error(`schema registry at ${shown} answered schema id ${id} with something that is not JSON`);
        }
        if (typeof body.schema !== 'string')
            throw new Error(`schema registry at ${shown}: schema id ${id} has no schema text`);
        const schemaType = body.schemaType === 'PROTOBUF' || body.schemaType === 'JSON' ? body.schemaType : 'AVRO';
        return { id, schemaType, schema: body.schema };
    };
    return {
        schemaById(id) {
            let pending = cache.get(id);
            if (!pending)
                cache.set(id, (pending = fetchSchema(id)));
            return pending;
        },
    };
}

// EXTERNAL MODULE: ./src/infer/index.ts + 10 modules
var infer = __webpack_require__(54449);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(27105);
;// CONCATENATED MODULE: ./src/kafka/decode.ts

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Control characters other than tab, newline and carriage return mark text as binary. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Texts that can be JSON start (after whitespace) with one of these. */
const JSON_START = /^[\s]*[{["0-9tfn-]/;
/**
 * Classifies a payload: tombstone (null), Confluent wire format (magic byte 0 and a 4-byte
 * schema id), JSON (UTF-8, BOM tolerated, exact numbers; or too deep to read), plain UTF-8
 * text, or raw bytes.
 * A Confluent schema id in the `__key_schema_id` / `__value_schema_id` header form is
 * recognised by the caller (decodeRecordPayload).
 */
function decodePayload(bytes) {
    if (bytes === null)
        return { kind: 'null' };
    if (bytes.length >= 5 && bytes[0] === 0) {
        return { kind: 'confluent', schemaId: bytes.readInt32BE(1), payload: bytes.subarray(5) };
    }
    let text;
    try {
        text = utf8.decode(bytes); // strips a leading BOM
    }
    catch {
        return { kind: 'bytes', length: bytes.length };
    }
    if (JSON_START.test(text)) {
        try {
            const value = (0,parse/* parseJsonTyped */.kq)(text);
            return typeof value === 'object' && value !== null ? { kind: 'json', value } : { kind: 'json', value, text };
        }
        catch (error) {
            if (error instanceof parse/* JsonDepthError */.Q_)
                return { kind: 'too-deep' };
            // not JSON: plain text below
        }
    }
    if (BINARY_CONTROL.test(text))
        return { kind: 'bytes', length: bytes.length };
    return { kind: 'text', value: text };
}
const KEY_SCHEMA_ID_HEADER = '__key_schema_id';
const VALUE_SCHEMA_ID_HEADER = '__value_schema_id';
/** The schema id carried in a header by newer Confluent serializers, if any. */
function headerSchemaId(headers, part) {
    const raw = headers[part === 'key' ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER]; // constant keys: looked up on every record
    const buffer = Array.isArray(raw) ? raw[0] : raw;
    if (!Buffer.isBuffer(buffer))
        return undefined;
    if (buffer.length === 4)
        return buffer.readInt32BE(0);
    if (buffer.length === 5 && buffer[0] === 0)
        return buffer.readInt32BE(1);
    return -1; // GUID-based ids: recognised as Confluent, not resolved
}
/**
 * The JSON container after a Confluent header (the JSON Schema serializer writes plain UTF-8
 * JSON there), or undefined when the payload is not one (Avro and Protobuf are binary).
 */
function decodeFramedJson(payload) {
    const first = payload.length > 0 ? payload[0] : 0;
    // `{`, `[`, or whitespace / a BOM before them: anything else is not a JSON container.
    if (first !== 0x7b && first !== 0x5b && first !== 0x20 && first !== 0x0a && first !== 0x0d && first !== 0x09 && first !== 0xef)
        return undefined;
    try {
        const value = (0,parse/* parseJsonTyped */.kq)(utf8.decode(payload));
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/kafka/payload-format.ts

function decideFormat(payloads) {
    let containers = 0;
    let texts = 0;
    let bytes = 0;
    let nulls = 0;
    let framed = 0;
    let tooDeep = 0;
    const ids = new Set();
    for (const payload of payloads) {
        if (payload.kind === 'null')
            nulls++;
        else if (payload.kind === 'bytes')
            bytes++;
        else if (payload.kind === 'text')
            texts++;
        else if (payload.kind === 'too-deep')
            tooDeep++;
        else if (payload.kind === 'confluent') {
            framed++;
            ids.add(payload.schemaId);
        }
        else if (typeof payload.value === 'object' && payload.value !== null)
            containers++;
    }
    const nonNull = payloads.length - nulls;
    if (framed > 0 && framed * 2 >= nonNull) {
        const confluentSchemaIds = [...ids].sort((a, b) => a - b);
        const framedJson = [];
        for (const payload of payloads) {
            if (payload.kind !== 'confluent')
                continue;
            const value = decodeFramedJson(payload.payload);
            if (value !== undefined)
                framedJson.push(value);
        }
        return { format: 'confluent', values: [], nulls, undecodable: nonNull - framed, confluentSchemaIds, framedJson, framedTotal: framed };
    }
    bytes += framed;
    const confluentSchemaIds = [];
    if (containers + tooDeep > 0) {
        const values = [];
        for (const payload of payloads)
            if (payload.kind === 'json')
                values.push(payload.value);
        return { format: 'json', values, nulls, undecodable: texts + bytes, confluentSchemaIds };
    }
    if (texts > 0) {
        const values = [];
        for (const payload of payloads) {
            if (payload.kind === 'text')
                values.push(payload.value);
            else if (payload.kind === 'json')
                values.push(payload.text ?? '');
        }
        return { format: 'string', values, nulls, undecodable: bytes, confluentSchemaIds };
    }
    if (bytes > 0)
        return { format: 'bytes', values: [], nulls, undecodable: nonNull - bytes, confluentSchemaIds };
    if (nonNull > 0) {
        // Only JSON scalars (numbers, booleans, quoted strings): JSON all the same.
        const values = payloads.flatMap((payload) => (payload.kind === 'json' ? [payload.value] : []));
        return { format: 'json', values, nulls, undecodable: 0, confluentSchemaIds };
    }
    return { format: 'empty', values: [], nulls, undecodable: 0, confluentSchemaIds };
}

;// CONCATENATED MODULE: ./src/scan/topic-schemas.ts





/** Fields whose evidence a topic keeps at most (a pull request shows far fewer). */
const EVIDENCE_PATHS = 500;
function decodeAll(records, part) {
    return records.map((record) => {
        const decoded = decodePayload(record[part]);
        if (decoded.kind === 'null' || decoded.kind === 'confluent')
            return decoded;
        const id = headerSchemaId(record.headers, part);
        return id === undefined ? decoded : { kind: 'confluent', schemaId: id, payload: record[part] ?? Buffer.alloc(0) };
    });
}
function tooDeepAt(records, payloads) {
    const at = [];
    for (let i = 0; i < payloads.length; i++) {
        if (payloads[i].kind === 'too-deep')
            at.push(`partition ${records[i].partition} offset ${records[i].offset}`);
    }
    return at;
}
/** Decodes keys and values and decides each side's format (records sorted by partition and offset). */
function decodeSample(records) {
    const keys = decodeAll(records, 'key');
    const values = decodeAll(records, 'value');
    return {
        keys: decideFormat(keys),
        values: decideFormat(values),
        records: records.length,
        tooDeep: { key: tooDeepAt(records, keys), value: tooDeepAt(records, values) },
    };
}
/**
 * The `overrides` of topic.json (`{ "customer.attributes": "map" }`, paths as in
 * docs/inference.md): forces a position to a map or a record. Entries that are not
 * `map`/`record` are reported and ignored.
 */
function overridesOf(topicFile, warnings) {
    const raw = topicFile?.overrides;
    if (raw === undefined)
        return {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        warnings.push('topic.json "overrides" must be an object of path → "map" | "record"; ignored');
        return {};
    }
    const overrides = {};
    for (const [path, kind] of Object.entries(raw)) {
        if (kind === 'map' || kind === 'record')
            (0,own/* setOwn */.P)(overrides, path, kind); // a path may be `__proto__`
        else
            warnings.push(`topic.json "overrides" entry ${JSON.stringify(path)} must be "map" or "record"; ignored`);
    }
    return overrides;
}
function inferFrom(verdict, name, prior, naming, overrides = {}, notes = [], evidence) {
    const inferrer = (0,infer/* createInferrer */.Oo)({ name, namespace: naming.namespace, prior, overrides });
    for (const value of verdict.values)
        inferrer.add(value);
    if (verdict.nulls > 0)
        inferrer.add(null);
    const schema = inferrer.result();
    for (const note of inferrer.notes)
        notes.push(describeNote(note));
    if (evidence)
        evidence.fields = inferrer.evidence(EVIDENCE_PATHS);
    return schema;
}
/**
 * A near call of the value schema, for the report, the job summary and the pull request:
 * the path and the override that settles it, the keys' classes and counts, never a key.
 */
function describeNote(note) {
    const where = note.path === '' ? 'value (the top level)' : `value.${note.path}`;
    const kept = note.keptBy === 'committed schema' ? 'the committed schema keeps it a record' : 'it was kept a record';
    return (`${where} looks keyed by data (${note.evidence}) but ${kept}; ` +
        `add "overrides": ${JSON.stringify({ [note.path]: 'map' })} to topic.json to make it a map`);
}
function nullable(type, nulls) {
    return nulls > 0 ? ['null', type] : type;
}
function describeUndecodable(part, verdict, total) {
    if (verdict.undecodable === 0)
        return [];
    return [`${verdict.undecodable} of ${total} ${part}s are not ${verdict.format} and were left out`];
}
const TOO_DEEP_LISTED = 5;
/** Located by partition and offset, never by content. */
function describeTooDeep(part, at) {
    if (at.length === 0)
        return [];
    const listed = at.slice(0, TOO_DEEP_LISTED).join(', ');
    const more = at.length > TOO_DEEP_LISTED ? `, and ${at.length - TOO_DEEP_LISTED} more` : '';
    const one = at.length === 1;
    return [`${at.length} ${part}${one ? '' : 's'} nested deeper than ${parse/* MAX_JSON_DEPTH */.KX} levels ${one ? 'was' : 'were'} left out (${listed}${more})`];
}
/**
 * A Confluent-framed side: with registered schemas, the newest Avro writer schema seen is
 * the schema (no inference). JSON Schema payloads (plain JSON after the header: most framed
 * payloads parse as JSON containers, or the registry says JSON) are inferred like JSON, with or
 * without a registry. Otherwise the format is reported and the committed schema kept.
 */
function confluentSide(part, verdict, registered, committed, warnings, inferJson) {
    const known = verdict.confluentSchemaIds.map((id) => registered.get(id)).filter((schema) => schema !== undefined);
    const framed = verdict.framedJson ?? [];
    const framedCount = verdict.framedJson === undefined ? 0 : framedTotal(verdict);
    const avroKnown = known.some((schema) => schema.schemaType === 'AVRO');
    if (!avroKnown && framed.length > 0 && (framed.length * 2 >= framedCount || known.some((schema) => schema.schemaType === 'JSON'))) {
        const left = framedCount - framed.length;
        if (left > 0)
            warnings.push(`${left} of ${framedCount} Confluent-framed ${part}s are not JSON and were left out`);
        return { schema: inferJson({ ...verdict, format: 'json', values: framed }), format: 'confluent-json' };
    }
    if (known.length === 0) {
        warnings.push(`${part}s use the Confluent wire format (schema id ${verdict.confluentSchemaIds.join(', ')}); ` +
            'without a schema registry (schema-registry-url) the committed schema is kept');
        return { schema: committed, format: 'confluent' };
    }
    const avro = known.filter((schema) => schema.schemaType === 'AVRO').sort((a, b) => b.id - a.id);
    if (avro.length === 0) {
        const type = known[0].schemaType;
        warnings.push(`${part}s are Confluent ${type}; only Avro schemas are written, the committed schema is kept`);
        return { schema: committed, format: type === 'PROTOBUF' ? 'confluent-protobuf' : 'confluent-json' };
    }
    return { schema: JSON.parse(avro[0].schema), format: 'confluent-avro' };
}
/** Framed payloads in the sample: the non-null ones that were not counted undecodable. */
function framedTotal(verdict) {
    return verdict.framedTotal ?? verdict.framedJson.length;
}
function inferTopicSchemas(topic, sample, committed, naming, registered = new Map()) {
    const { keys, values } = sample;
    const warnings = [
        ...describeUndecodable('value', values, sample.records),
        ...describeTooDeep('value', sample.tooDeep.value),
        ...describeUndecodable('key', keys, sample.records),
        ...describeTooDeep('key', sample.tooDeep.key),
    ];
    const notes = [];
    const evidence = {};
    let value;
    let valueFormat = values.format;
    switch (values.format) {
        case 'json':
        case 'string':
            // Every value too deep to read: nothing to infer from, the committed schema stays.
            if (values.values.length === 0)
                value = committed.value;
            else
                value = inferFrom(values, topic, committed.value, naming, overridesOf(committed.topicFile, warnings), notes, evidence);
            break;
        case 'bytes':
            value = committed.value ?? nullable('bytes', values.nulls);
            break;
        case 'confluent': {
            const side = confluentSide('value', values, registered, committed.value, warnings, (json) => inferFrom(json, topic, committed.value, naming, overridesOf(committed.topicFile, warnings), notes, evidence));
            value = side.schema;
            valueFormat = side.format;
            break;
        }
        default:
            value = committed.value;
    }
    let key = committed.key;
    let keyFormat = keys.format === 'empty' ? 'none' : keys.format;
    if (keys.format === 'json' && keys.values.some((item) => typeof item === 'object' && item !== null)) {
        key = inferFrom({ ...keys, nulls: 0 }, `${topic}-key`, committed.key, naming);
    }
    else if (keys.format === 'confluent') {
        const side = confluentSide('key', keys, registered, committed.key, warnings, (json) => inferFrom({ ...json, nulls: 0 }, `${topic}-key`, committed.key, naming));
        key = side.schema;
        keyFormat = side.format;
    }
    return { value, key, keyFormat, valueFormat, warnings, notes, ...(evidence.fields ? { evidence: evidence.fields } : {}) };
}
/** topic.json as measured by the scan; formats are left out when the sample was empty (keep committed). */
function scannedTopicFile(metadata, schemas, committed) {
    const measured = { partitions: metadata.partitions, replicationFactor: metadata.replicationFactor };
    if (metadata.configs)
        measured.configs = metadata.configs;
    if (schemas && schemas.valueFormat !== 'empty') {
        measured.keyFormat = schemas.keyFormat;
        measured.valueFormat = schemas.valueFormat;
    }
    else if (!committed?.valueFormat) {
        measured.keyFormat = 'none';
        measured.valueFormat = 'empty';
    }
    return measured;
}

// EXTERNAL MODULE: ./src/catalog/cluster-file.ts
var cluster_file = __webpack_require__(35236);
;// CONCATENATED MODULE: ./src/scan/topic-evidence.ts

const TYPES = ['null', 'boolean', 'number', 'string', 'object', 'array'];
/**
 * A topic's evidence as the scan report keeps it until the scan ends, for every topic: its fields
 * in one string, a line per field (`path present of` and the counts in TYPES order; field paths
 * are Avro names joined by `.`, `[]` and `{}`, never a space or a line break). A few hundred
 * bytes a topic, where an object per field and per field's counts took ~1.4 kB, the largest share
 * of what a 10,000-topic scan kept per topic. `unpack()` gives the TopicEvidence; so does JSON
 * (`scan --json`).
 */
class PackedEvidence {
    records;
    partitions;
    from;
    to;
    fields;
    constructor(evidence) {
        this.records = evidence.records;
        this.partitions = evidence.partitions;
        if (evidence.from !== undefined) {
            this.from = evidence.from;
            this.to = evidence.to;
        }
        this.fields = evidence.fields.map((field) => [field.path, field.present, field.of, ...TYPES.map((type) => field.types[type])].join(' ')).join('\n');
    }
    unpack() {
        const fields = (this.fields === '' ? [] : this.fields.split('\n')).map((line) => {
            const [path, present, of, ...counts] = line.split(' ');
            const types = Object.fromEntries(TYPES.map((type, i) => [type, Number(counts[i])]));
            return { path: path, present: Number(present), of: Number(of), types };
        });
        return {
            records: this.records,
            partitions: this.partitions,
            ...(this.from === undefined ? {} : { from: this.from, to: this.to }),
            fields,
        };
    }
    toJSON() {
        return this.unpack();
    }
}
/** Pure: the evidence of one topic's sample. */
function topicEvidence(records, fields) {
    const byPartition = new Map();
    let from;
    let to;
    for (const record of records) {
        const range = byPartition.get(record.partition);
        if (range === undefined)
            byPartition.set(record.partition, { partition: record.partition, first: record.offset, last: record.offset, records: 1 });
        else {
            if ((0,sample/* compareOffsets */.Ip)(record.offset, range.first) < 0)
                range.first = record.offset;
            if ((0,sample/* compareOffsets */.Ip)(record.offset, range.last) > 0)
                range.last = record.offset;
            range.records++;
        }
        const time = record.timestamp === undefined ? NaN : Number(record.timestamp);
        // Producers may leave it unset (-1): such records tell nothing about when.
        if (!Number.isFinite(time) || time < 0)
            continue;
        if (from === undefined || time < from)
            from = time;
        if (to === undefined || time > to)
            to = time;
    }
    return new PackedEvidence({
        records: records.length,
        partitions: [...byPartition.values()].sort((a, b) => a.partition - b.partition),
        ...(from === undefined ? {} : { from, to }),
        fields: [...fields].map(([path, evidence]) => ({ path, ...evidence })),
    });
}

;// CONCATENATED MODULE: ./src/scan/run-scan.ts


















const SIZE_REMEDY = 'make the deep part a map with an `overrides` entry in topic.json, or exclude the topic';
async function writeTopic(dir, cluster, discovered, sample, committed, naming, configError, registry, timings, dryRun) {
    let schemas;
    let inferStarted = performance.now();
    if (sample.records.length > 0) {
        const decoded = decodeSample(sample.records);
        timings.inferMs += performance.now() - inferStarted; // the synchronous work only: others may run during the await
        const registered = await fetchRegisteredSchemas(registry, [...decoded.keys.confluentSchemaIds, ...decoded.values.confluentSchemaIds]);
        inferStarted = performance.now();
        schemas = inferTopicSchemas(discovered.name, decoded, committed, naming, registered);
    }
    const files = [];
    if (schemas?.value !== undefined)
        files.push([layout/* VALUE_SCHEMA_FILE */.lP, (0,avro/* formatSchema */.j)(schemas.value)]);
    if (schemas?.key !== undefined)
        files.push([layout/* KEY_SCHEMA_FILE */.Ph, (0,avro/* formatSchema */.j)(schemas.key)]);
    for (const [name, text] of files)
        (0,schema_file/* checkSchemaSize */.V)(`the inferred ${name}`, text, SIZE_REMEDY); // before anything is written
    const measured = scannedTopicFile({ ...discovered, configs: configError === undefined ? discovered.configs : undefined }, schemas, committed.topicFile);
    const topicFile = mergeTopicFile(committed.topicFile, measured);
    files.push([layout/* TOPIC_FILE */.Fr, formatTopicFile(topicFile)]);
    const committedText = {
        [layout/* VALUE_SCHEMA_FILE */.lP]: committed.valueText,
        [layout/* KEY_SCHEMA_FILE */.Ph]: committed.keyText,
        [layout/* TOPIC_FILE */.Fr]: committed.topicText,
    };
    const changed = files.filter(([name, content]) => committedText[name] !== content);
    const writeStarted = performance.now();
    timings.inferMs += writeStarted - inferStarted;
    if (dryRun)
        for (const [name, content] of files)
            dryRun.set(`${discovered.name}/${name}`, content);
    else if (changed.length > 0) {
        const folder = (await (0,safe_fs/* treeFolder */.vR)(dir, [cluster, discovered.name], { create: true }));
        await Promise.all(changed.map(([name, content]) => (0,safe_fs/* writeTreeFile */.aD)(folder, name, content, { text: committedText[name] })));
        timings.writeMs += performance.now() - writeStarted;
    }
    const changedFiles = changed.map(([name]) => (0,external_node_path_.join)(cluster, discovered.name, name));
    const isNew = committed.topicFile === undefined && committed.value === undefined && committed.key === undefined;
    const warnings = [...(schemas?.warnings ?? [])];
    if (sample.truncatedByBytes)
        warnings.push('sample cut short by the byte budget per topic');
    if (configError !== undefined)
        warnings.push(`topic configs not read (${configError}); committed configs kept`);
    const status = isNew ? 'new' : changedFiles.length > 0 ? 'changed' : 'unchanged';
    return {
        topic: discovered.name,
        status,
        // Unchanged topics too: an edited scan branch is the prior, yet its pull request still shows them.
        ...(sample.records.length > 0 ? { evidence: topicEvidence(sample.records, schemas?.evidence ?? new Map()) } : {}),
        records: sample.records.length,
        keyFormat: topicFile.keyFormat,
        valueFormat: topicFile.valueFormat,
        changedFiles,
        warnings,
        notes: schemas?.notes ?? [],
    };
}
async function fetchRegisteredSchemas(registry, ids) {
    const registered = new Map();
    if (!registry)
        return registered;
    for (const id of ids.filter((id) => id >= 0))
        registered.set(id, await registry.schemaById(id));
    return registered;
}
/**
 * The scan: discover → sample → infer (with the committed schema as prior) → write.
 * A topic that fails at any stage keeps its committed files untouched and is reported.
 */
async function runScan(options, logger) {
    (0,layout/* clusterDir */._O)(options.dir, options.cluster); // validates the cluster name before any I/O
    // Once, before Kafka: a folder that cannot be written (or is a link) is one error, not one per topic.
    // A dry run creates nothing, not even the folder.
    if (!options.dryRun)
        await (0,safe_fs/* checkWritable */.ZB)(options.dir, [options.cluster]).catch((error) => {
            throw new errors/* UsageError */.e((0,errors/* errorMessage */.g)(error), { cause: error });
        });
    const keep = createTopicFilter(options.filter);
    logger.debug(`V8 heap limit ${Math.round((0,external_node_v8_.getHeapStatistics)().heap_size_limit / 2 ** 20)} MiB`);
    const registry = options.schemaRegistry ? createSchemaRegistryClient(options.schemaRegistry) : undefined;
    const kafka = (0,connect/* createKafka */.vj)(options.connection, logger);
    // A cluster with an offline partition is still scanned: that topic fails alone.
    return (0,kafkajs_internals/* withLenientMetadata */.Jo)(() => scanCluster(options, kafka, keep, registry, logger));
}
async function scanCluster(options, kafka, keep, registry, logger) {
    // One client for discovery and sampling: one connection per broker, metadata asked once.
    const cluster = (0,kafkajs_internals/* createInternalCluster */.cQ)(kafka);
    try {
        await cluster.connect();
    }
    catch (error) {
        throw new Error(`cannot connect to Kafka at ${options.connection.brokers.join(',')}: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    try {
        const timings = { discoveryMs: 0, samplingMs: 0, readCommittedMs: 0, inferMs: 0, writeMs: 0, finishMs: 0 };
        const discoveryStarted = performance.now();
        const discovery = await discoverTopics(cluster, keep, logger, options.filter);
        timings.discoveryMs = performance.now() - discoveryStarted;
        logger.debug(`discovery: ${discovery.topics.length} topic(s) in ${Math.round(timings.discoveryMs)} ms`);
        void discovery.configs.then(() => logger.debug(`discovery: topic configs read after ${Math.round(performance.now() - discoveryStarted)} ms`));
        logger.info(`discovered ${discovery.topics.length} topic(s) in cluster ${options.cluster}`);
        const byName = new Map(discovery.topics.map((topic) => [topic.name, topic]));
        const present = await (0,read/* clusterEntryNames */.Xx)(options.dir, options.cluster);
        const outcomes = [];
        const fail = (topic, error, records = 0) => {
            logger.warn(`topic ${topic}: ${error}; its committed files are left as they are`);
            outcomes.push({ topic, status: 'failed', records, changedFiles: [], warnings: [], error });
        };
        const samplingStarted = performance.now();
        await (0,sample/* sampleTopics */.PK)(cluster, discovery.topics.map((topic) => topic.name), options.sampling, async (sample) => {
            if (!sample.ok)
                return fail(sample.topic, sample.error);
            try {
                // A new topic's handing over starts with CPU work, not behind the file writes of others.
                const readStarted = performance.now();
                const committed = present.has(sample.topic) ? await (0,read/* readCommittedTopic */.uc)(options.dir, options.cluster, sample.topic) : { topic: sample.topic };
                timings.readCommittedMs += performance.now() - readStarted;
                // The configs were asked when sampling started; usually here long before the first topic.
                const configs = await discovery.configs;
                const outcome = await writeTopic(options.dir, options.cluster, { ...byName.get(sample.topic), configs: configs.values.get(sample.topic) ?? {} }, sample, committed, options.naming, configs.errors.get(sample.topic), registry, timings, options.dryRun);
                for (const warning of outcome.warnings)
                    logger.warn(`topic ${sample.topic}: ${warning}`);
                for (const note of outcome.notes ?? [])
                    logger.info(`topic ${sample.topic}: ${note}`);
                outcomes.push(outcome);
            }
            catch (error) {
                fail(sample.topic, (0,errors/* errorMessage */.g)(error), sample.records.length);
            }
        }, logger, options.connection.brokers);
        await discovery.configs; // when no topic was handed over, still read before the client closes
        const finishStarted = performance.now();
        timings.samplingMs = finishStarted - samplingStarted;
        const committed = await (0,read/* listCommittedTopics */.NK)(options.dir, options.cluster);
        const vanished = committed.topics.filter((topic) => keep(topic) && !byName.has(topic));
        // Those the cluster has failed above; the others are named here, not taken for vanished topics.
        for (const { topic, error } of committed.refused)
            if (keep(topic) && !byName.has(topic))
                logger.warn(`${error}; not read`);
        outcomes.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
        // A broken cluster.json costs the scan nothing but a warning: its topics are written already.
        const identity = options.dryRun
            ? { written: false, warnings: [] }
            : await (0,cluster_file/* recordClusterIdentity */.eu)(options.dir, options.cluster, options.datahub ?? {}).catch((error) => ({
                written: false,
                warnings: [`cluster.json not checked: ${(0,errors/* errorMessage */.g)(error)}`],
            }));
        for (const warning of identity.warnings)
            logger.warn(`cluster ${options.cluster}: ${warning}`);
        timings.finishMs = performance.now() - finishStarted;
        logger.debug(`timings (ms): ${Object.entries(timings).map(([stage, ms]) => `${stage.replace(/Ms$/, '')} ${Math.round(ms)}`).join(', ')}`);
        return {
            cluster: options.cluster,
            dir: options.dir,
            topics: outcomes,
            vanished,
            partial: outcomes.some((outcome) => outcome.status === 'failed'),
            ...(identity.written ? { clusterFileWritten: true } : {}),
            timings,
        };
    }
    finally {
        await cluster.disconnect().catch((error) => logger.debug(`Kafka disconnect: ${(0,errors/* errorMessage */.g)(error)}`));
    }
}


/***/ }),

/***/ 47943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ DEFAULT_MAX_VANISHED_PERCENT),
/* harmony export */   Zl: () => (/* binding */ removeVanishedTopics),
/* harmony export */   zq: () => (/* binding */ vanishedRemovalAllowed)
/* harmony export */ });
/* harmony import */ var _catalog_read__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20939);
/* harmony import */ var _catalog_safe_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91704);


/** The share of a cluster's committed topics one scan may remove as vanished (`max-vanished-percent`). */
const DEFAULT_MAX_VANISHED_PERCENT = 10;
/**
 * Whether a scan may remove the folders of the topics it found vanished. A scan that suddenly
 * misses many topics more likely lost its Describe permission or reached the wrong cluster than
 * saw them deleted: removing more than `maxPercent` of the committed topics at once (at least
 * one may always go) waits for an explicit, higher limit (`setting` names it in the reason).
 */
function vanishedRemovalAllowed(vanished, committed, maxPercent, setting = 'max-vanished-percent') {
    if (vanished === 0)
        return { allowed: true };
    const limit = Math.max(1, Math.floor((committed * maxPercent) / 100));
    if (vanished <= limit)
        return { allowed: true };
    return {
        allowed: false,
        reason: `${vanished} of the ${committed} committed topics vanished at once, more than ${maxPercent}% (a lost Describe permission or the wrong cluster looks the same): their folders are kept; raise ${setting} to remove them`,
    };
}
/**
 * What the scan's pull request does with vanished topics, done on disk (the CLI): their folders
 * are removed when the scan read every topic and no more than `maxPercent` of the committed
 * topics vanished at once; otherwise all are kept, with the reason.
 */
async function removeVanishedTopics(report, maxPercent, setting) {
    const vanished = [...report.vanished].sort();
    if (vanished.length === 0)
        return { removed: [], kept: [] };
    if (report.partial) {
        return { removed: [], kept: vanished, reason: 'the scan was partial (some topics could not be read), so nothing is removed' };
    }
    const committed = (await (0,_catalog_read__WEBPACK_IMPORTED_MODULE_0__/* .listCommittedTopics */ .NK)(report.dir, report.cluster)).topics.length;
    const removal = vanishedRemovalAllowed(vanished.length, committed, maxPercent, setting);
    if (!removal.allowed)
        return { removed: [], kept: vanished, reason: removal.reason };
    const removed = [];
    for (const topic of vanished) {
        const folder = await (0,_catalog_safe_fs__WEBPACK_IMPORTED_MODULE_1__/* .treeFolder */ .vR)(report.dir, [report.cluster, topic]); // a link is refused, never followed
        if (folder === undefined)
            continue;
        await (0,_catalog_safe_fs__WEBPACK_IMPORTED_MODULE_1__/* .removeTreeFolder */ .pG)(folder);
        removed.push(topic);
    }
    return { removed, kept: [] };
}


/***/ })

};
