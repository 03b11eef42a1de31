export const id = 369;
export const ids = [369];
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

/***/ 84919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkSchemaSize),
/* harmony export */   m: () => (/* binding */ checkAvroSchema)
/* harmony export */ });
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20837);
/* harmony import */ var _schema_avsc_check__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8775);


/**
 * What an inferred schema must pass before anyone sees it (scan: before it is written; infer:
 * before it is printed).
 */
/**
 * Throws when `text` (the formatted schema called `what`) is over MAX_SCHEMA_FILE_BYTES, the
 * limit a committed file is read with too; `remedy` says how to make the deep part a map (scan:
 * an `overrides` entry; infer: `--map`).
 */
function checkSchemaSize(what, text, remedy) {
    const bytes = Buffer.byteLength(text);
    if (bytes <= _layout__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCHEMA_FILE_BYTES */ .q2)
        return;
    const mib = (bytes / 1024 / 1024).toFixed(1);
    throw new Error(`${what} would be ${mib} MiB (limit ${_layout__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCHEMA_FILE_BYTES */ .q2 / 1024 / 1024} MiB): the messages are nested too deeply or too widely to review; ${remedy}`);
}
/** Throws unless avsc parses the schema, with the options a committed file is read with. */
function checkAvroSchema(what, schema) {
    try {
        (0,_schema_avsc_check__WEBPACK_IMPORTED_MODULE_1__/* .checkWithAvsc */ .y)(schema);
    }
    catch (error) {
        const reason = error instanceof RangeError ? 'nested too deeply for avsc to parse' : error.message;
        throw new Error(`${what} is not a valid Avro schema (${reason})`);
    }
}


/***/ }),

/***/ 54449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* binding */ createInferrer)
});

// UNUSED EXPORTS: MANY_KEYS, MAP_KEY_LIMIT, formatSchema, overridePath

;// CONCATENATED MODULE: ./src/infer/shape.ts
const IntegerWidth = { none: 0, int: 1, long: 2 };
/** Canonical union order: the order branches appear in when the prior says nothing. */
const branchRank = {
    null: 0,
    boolean: 1,
    number: 2,
    bytes: 3,
    string: 4,
    enum: 5,
    fixed: 6,
    array: 7,
    object: 8,
};
function createShape(path) {
    return {
        path,
        nulls: false,
        booleans: false,
        integers: IntegerWidth.none,
        doubles: false,
        strings: undefined,
        object: undefined,
        array: undefined,
        prior: undefined,
        nullsSeen: 0,
        booleansSeen: 0,
        numbersSeen: 0,
        stringsSeen: 0,
        objectsSeen: 0,
        arraysSeen: 0,
    };
}
function typeCounts(shape) {
    return {
        null: shape.nullsSeen,
        boolean: shape.booleansSeen,
        number: shape.numbersSeen,
        string: shape.stringsSeen,
        object: shape.objectsSeen,
        array: shape.arraysSeen,
    };
}
function createObjectShape(mode) {
    return { count: 0, mode, fields: new Map(), values: undefined, oversized: false, priorAttributes: undefined, lastFields: [] };
}

;// CONCATENATED MODULE: ./src/infer/evidence.ts

/** Walks the lowered schema beside the shape it came from, up to `limit` paths. */
function fieldEvidence(root, schema, limit) {
    const found = new Map();
    const walk = (shape, type, path) => {
        const node = onlyBranch(type);
        if (node === undefined || found.size >= limit)
            return;
        if (node.type === 'array' && shape.array !== undefined)
            walk(shape.array, node.items, `${path}[]`);
        else if (node.type === 'map' && shape.object?.values !== undefined) {
            const values = shape.object.values;
            found.set(`${path}{}`, { present: shape.object.count, of: shape.object.count, types: typeCounts(values) });
            walk(values, node.values, `${path}{}`);
        }
        else if (node.type === 'record' && Array.isArray(node.fields) && shape.object !== undefined)
            fields(shape.object, node.fields, path);
    };
    const fields = (object, list, path) => {
        for (const field of list) {
            if (found.size >= limit)
                return;
            const key = typeof field.originalName === 'string' ? field.originalName : field.name;
            const shape = object.fields.get(key);
            const fieldPath = path === '' ? field.name : `${path}.${field.name}`;
            if (shape === undefined) {
                found.set(fieldPath, { present: 0, of: object.count, types: { null: 0, boolean: 0, number: 0, string: 0, object: 0, array: 0 } });
                continue;
            }
            found.set(fieldPath, { present: shape.present, of: object.count, types: typeCounts(shape.shape) });
            walk(shape.shape, field.type, fieldPath);
        }
    };
    walk(root, schema, '');
    return found;
}
/** The schema itself, or the one non-null branch of a union (the diff's paths see through it); else undefined. */
function onlyBranch(type) {
    if (Array.isArray(type)) {
        const rest = type.filter((branch) => branch !== 'null');
        return rest.length === 1 ? onlyBranch(rest[0]) : undefined;
    }
    if (typeof type === 'string' || typeof type.type !== 'string')
        return undefined;
    return type;
}

;// CONCATENATED MODULE: ./src/infer/formats.ts
/**
 * Recognizers for strings that carry data of a known form: UUIDs and RFC 3339 dates and
 * timestamps (string formats), and object keys that are data rather than field names.
 * Each checks the length and a separator first, so ordinary strings cost a comparison or two.
 */
const NUMERIC_ID = /^-?\d+$/;
/** Hex ids (hashes, object ids): 8+ hex digits with at least one decimal digit, so `deadbeef`-like words are not ids. */
const HEX_ID = /^(0x)?(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}$/;
/** 1 for the characters of a hex digit, by char code (a table read beats the UUID regex). */
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
/** Same as UUID.test(text), by hand: UUID columns are checked on every string. */
function isUuid(text) {
    return (text.length === 36 &&
        text.charCodeAt(8) === 45 &&
        text.charCodeAt(13) === 45 &&
        text.charCodeAt(18) === 45 &&
        text.charCodeAt(23) === 45 &&
        isHexRun(text, 0, 8) &&
        isHexRun(text, 9, 13) &&
        isHexRun(text, 14, 18) &&
        isHexRun(text, 19, 23) &&
        isHexRun(text, 24, 36));
}
/** Whether the characters in [from, to) are all hex digits (runs without a test for the hyphens' places: faster). */
function isHexRun(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || HEX[c] === 0)
            return false;
    }
    return true;
}
/** `^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`, by hand (a few char codes beat the regex). */
function isDate(text) {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
        return false;
    if (digitAt(text, 0) < 0 || digitAt(text, 1) < 0 || digitAt(text, 2) < 0 || digitAt(text, 3) < 0)
        return false;
    const monthTens = digitAt(text, 5);
    const monthUnits = digitAt(text, 6);
    const dayTens = digitAt(text, 8);
    const dayUnits = digitAt(text, 9);
    if (monthTens < 0 || monthUnits < 0 || dayTens < 0 || dayUnits < 0)
        return false;
    const month = monthTens * 10 + monthUnits;
    const day = dayTens * 10 + dayUnits;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
/** RFC 3339 `date-time` (§5.6 allows `t`; its note allows a space). */
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/**
 * DATE_TIME.test(text) after the cheap checks. Date-time columns are checked on every string,
 * and on these (strings that match) the regular expression beats checks by hand.
 */
function isDateTime(text) {
    return text.length >= 20 && text.charCodeAt(4) === 45 && DATE_TIME.test(text);
}
/** The ASCII digit at `at` (0-9), or -1. */
function digitAt(text, at) {
    const code = text.charCodeAt(at) - 48;
    return code >= 0 && code <= 9 ? code : -1;
}
/** An object key that is a value (id, UUID, date, hex) rather than the name of a field. */
function isDataKey(key) {
    const first = key.charCodeAt(0);
    const startsLikeData = (first >= 48 && first <= 57) || first === 45 || (first >= 97 && first <= 102) || (first >= 65 && first <= 70);
    if (!startsLikeData)
        return false;
    return NUMERIC_ID.test(key) || isUuid(key) || isDate(key) || isDateTime(key) || HEX_ID.test(key);
}
const KEY_CLASS_WORDS = {
    id: 'numbers, ids, UUIDs, versions or dates',
    email: 'e-mail addresses',
    url: 'URLs',
    ip: 'IP addresses',
    host: 'host names',
    path: 'paths',
    file: 'file names',
    numbered: 'prefixed numbers or ids',
    spaced: 'phrases with spaces',
    punctuated: 'values with @, / or :',
};
const EMAIL = /^[^\s@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const URL_KEY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(:\d+)?$/;
const IPV6 = /^\[?[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}\]?$/;
/** DNS labels joined by dots, optionally with a port. */
const DOTTED = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:\d+)?$/;
/** Endings that make a dotted name a host (`api.example.com`) rather than a dotted field name (`user.name`). */
const HOST_ENDINGS = new Set([
    'com',
    'net',
    'org',
    'io',
    'dev',
    'app',
    'cloud',
    'internal',
    'local',
    'localhost',
    'lan',
    'corp',
    'example',
    'test',
    'invalid',
    'svc',
    'cluster',
    'edu',
    'gov',
    'info',
    'biz',
    'co',
    'uk',
    'de',
    'fr',
    'eu',
    'us',
    'ai',
    'me',
]);
const PATH_KEY = /^(\/[^\s/]*)+\/?$|^[^\s/]+(\/[^\s/]+)+\/?$/;
/** File names with a common extension (a gist's `files`, a repository listing). */
const FILE_KEY = /^[^\s/\\]*[^\s/\\.]\.(md|markdown|txt|rst|json|ya?ml|toml|ini|cfg|conf|xml|html?|css|s[ac]ss|less|jsx?|mjs|cjs|tsx?|py|rb|go|rs|java|kt|scala|c|h|cc|cpp|hpp|cs|php|swift|sh|bash|zsh|ps1|sql|csv|tsv|log|lock|png|jpe?g|gif|svg|webp|ico|pdf|zip|gz|tgz|tar|jar|whl|ipynb|r|pl|lua|ex|exs|erl|hs|ml|clj|dart|vue|svelte|proto|avsc|gradle|mk|cmake|dockerfile|env)$/i;
/** A word, a separator and a number of 2+ digits (`sku_42`, `user-123`; `line_1` is a name), or a short prefix and a long id (`cus_NffrFeUfNV2Hib`). */
const NUMBERED = /^[A-Za-z]+[-_:#]\d{2,}$/;
/** Version numbers (`1.0`, `v2.3.1`) key releases: data. */
const VERSION = /^[vV]?\d+(\.\d+)+([-+][0-9A-Za-z.-]+)?$/;
const PREFIXED_ID = /^[A-Za-z]{1,8}_(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}$/;
/**
 * The kind of data `key` looks like, or undefined for a key that looks like a field name.
 * Pure and per key: every rule built on it depends on the set of keys only.
 */
function keyClass(key) {
    if (key.length === 0)
        return undefined;
    if (isDataKey(key) || VERSION.test(key))
        return 'id';
    const first = key.charCodeAt(0);
    // `@type`, `$ref`, `_links`: sigils of JSON-LD, JSON Schema, HAL: names.
    if (first === 64 || first === 36)
        return undefined;
    if (key.includes('@'))
        return EMAIL.test(key) ? 'email' : 'punctuated';
    if (key.includes('://'))
        return URL_KEY.test(key) ? 'url' : 'punctuated';
    if (IPV4.test(key) || (key.includes(':') && IPV6.test(key) && /[0-9A-Fa-f]/.test(key)))
        return 'ip';
    if (key.includes('/'))
        return PATH_KEY.test(key) ? 'path' : 'punctuated';
    if (key.includes('.')) {
        if (FILE_KEY.test(key))
            return 'file';
        if (DOTTED.test(key)) {
            const labels = key.replace(/:\d+$/, '').split('.');
            const last = labels[labels.length - 1].toLowerCase();
            if (HOST_ENDINGS.has(last) || labels.some((label) => /[\d-]/.test(label)) || key.includes(':'))
                return 'host';
        }
    }
    if (NUMBERED.test(key) || PREFIXED_ID.test(key))
        return 'numbered';
    if (/\s/.test(key.trim()) && key.trim().length > 0)
        return 'spaced';
    if (key.includes(':'))
        return 'punctuated';
    return undefined;
}

;// CONCATENATED MODULE: ./src/infer/map-heuristic.ts

/**
 * When an object is a map (its keys are data) rather than a record (its keys are field names).
 * Keys that are data never become names: an e-mail, a host, an id or a feature name written as
 * a field name would put customer data in the schema and change the schema with every new key.
 *
 * An object position whose mode is `auto` (no override, not fixed by the committed schema) is
 * judged on evidence gathered over all the objects seen there, none of it depending on their
 * order (only on the set of keys and on each key's share of the objects):
 * 1. **key shapes**: every key looks like data (see {@link keyClass}: ids, UUIDs, dates,
 *    versions, e-mail addresses, URLs, IP addresses, host names, paths, file names, prefixed
 *    numbers such as `sku_42`, phrases with spaces), or at least 2 keys do and they outnumber
 *    the others → map; and one key of a kind no field is ever named like (an e-mail address,
 *    a URL, an IP address, a host, a path, a file name) → map, whatever the others;
 * 2. **many keys, one shape**: more than {@link MANY_KEYS} keys besides the fixed ones (below)
 *    whose values share one kind besides null → map;
 * 3. **keys that keep coming**: at least {@link MIN_VARYING_KEYS} keys besides the fixed ones,
 *    most of them (the median) in at most {@link RARE_SHARE} of the objects — field names
 *    saturate, data keys keep coming — and their values share one kind; objects among them
 *    alike (the keys most of them have make up at least half of their keys) → map. Records
 *    with optional fields (GitHub payloads) have few rare keys or values of several kinds;
 * 4. **too many keys**: more than {@link MAP_KEY_LIMIT} distinct keys → map. The fields are then
 *    folded into the map's value shape while observing (bounded memory and time), all but the
 *    keys missing from at most {@link FOLDED_MISSES} objects (the structural keys below).
 *
 * A map keeps its **fixed keys** apart: keys that look like names and are in at least half of
 * the objects (past the limit of rule 4, also missing from at most {@link FOLDED_MISSES}); rules
 * 2 and 3 count only when there are a few ({@link MAX_FIXED_KEYS} at most, fewer than half the
 * other keys). Their values join the map's value type, a record among them as a type of its own
 * when it differs from the data values' records (`{"meta": {...}, "<feature>": {...}}`:
 * `map<[Meta, ...]>`).
 *
 * An override (`map` / `record` per path) or the committed schema decides instead; a forced
 * `record` is never folded. A record that rule 1 would make a map is a **near call**, reported
 * with the override that settles it; so is a record with some data-like keys (at least 2, a
 * quarter of the keys).
 */
const MANY_KEYS = 64;
const MAP_KEY_LIMIT = 1000;
const MIN_VARYING_KEYS = 8;
const RARE_SHARE = 0.1;
/** Share of the objects from which a name-like key is a fixed key of a map. */
const FIXED_SHARE = 0.5;
/** At most this many fixed keys (and fewer than half the data keys) beside the data keys. */
const MAX_FIXED_KEYS = 4;
/**
 * Past the limit of rule 4, a key stays apart while it is missing from at most this many objects.
 * A count, not a share: misses only grow, so a key dropped (its values joined with the data
 * values) can never qualify again, and the keys kept apart are exactly the keys missing from at
 * most this many objects of the whole sample, whatever the order. No share can be kept exact
 * that way with bounded memory (a key's share can rise again after it was dropped). Enough for a
 * catalogue's few grouping nodes without its structural key (browser-compat-data: 4 of 17,764).
 */
const FOLDED_MISSES = 64;
const WEAK = new Set(['spaced', 'punctuated']);
const NEVER_NAMES = new Set(['email', 'url', 'ip', 'host', 'path', 'file']);
/** Keys by what they look like: counts per class, and the keys with a class. */
function classifyKeys(keys) {
    const data = new Set();
    const classes = new Map();
    let total = 0;
    let strong = 0;
    for (const key of keys) {
        total++;
        const kind = keyClass(key);
        if (kind === undefined)
            continue;
        data.add(key);
        classes.set(kind, (classes.get(kind) ?? 0) + 1);
        if (!WEAK.has(kind))
            strong++;
    }
    return { total, data, strong, classes };
}
/** `3 of 3 keys look like e-mail addresses`, `5 of 6 keys look like host names (2) and paths (3)`. */
function describeKeyClasses(classes, total) {
    const found = [...classes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const count = found.reduce((sum, [, n]) => sum + n, 0);
    const words = found.length === 1
        ? KEY_CLASS_WORDS[found[0][0]]
        : found
            .map(([kind, n]) => `${KEY_CLASS_WORDS[kind]} (${n})`)
            .join(', ')
            .replace(/, ([^,]*)$/, ' and $1');
    return `${count} of ${total} keys look like ${words}`;
}
/**
 * Decides an object position from its shape. `join(keys)` gives the join of the values of
 * those keys (and of the folded values, past rule 4).
 */
function decideObject(object, joinOf) {
    const join = (keys) => joinOf(object, keys);
    const keys = [...object.fields.keys()];
    const { total, data, strong, classes } = classifyKeys(keys);
    const fixedKeys = (minimum) => keys.filter((key) => !data.has(key) && minimum(object.fields.get(key).present)).sort(compare);
    if (object.values !== undefined) {
        // Rule 4 (folded while observing): the fields left are the keys missing from at most FOLDED_MISSES objects.
        return { kind: 'map', fixed: object.oversized ? [] : fixedKeys((present) => present >= FIXED_SHARE * object.count) };
    }
    if (total === 0)
        return { kind: 'record', fixed: [] };
    const shapes = data.size > 0 ? describeKeyClasses(classes, total) : undefined;
    // Rule 1.
    if (data.size === total && (strong > 0 || total >= 2))
        return { kind: 'map', fixed: [], evidence: shapes };
    const fixed = fixedKeys((present) => present >= FIXED_SHARE * object.count);
    // Rule 1, a key no field is ever named like (an e-mail address, a URL, a file name...).
    if ([...classes.keys()].some((kind) => NEVER_NAMES.has(kind)))
        return { kind: 'map', fixed: fixed.length <= MAX_FIXED_KEYS ? fixed : [], evidence: shapes };
    if (data.size >= 2 && data.size > total - data.size)
        return { kind: 'map', fixed, evidence: shapes };
    const varying = keys.filter((key) => !fixed.includes(key));
    // Structural keys are a few beside many data keys; more, and they are a record's fields.
    const few = fixed.length <= MAX_FIXED_KEYS && fixed.length * 2 < varying.length;
    // Rule 2 (over all keys when the fixed ones are not a few).
    if (few && varying.length > MANY_KEYS && kindsBesidesNull(join(varying)) <= 1)
        return { kind: 'map', fixed };
    if (total > MANY_KEYS && kindsBesidesNull(join(keys)) <= 1)
        return { kind: 'map', fixed: [] };
    // Rule 3.
    if (few && varying.length >= MIN_VARYING_KEYS && object.count > 0) {
        const shares = varying.map((key) => object.fields.get(key).present / object.count).sort((a, b) => a - b);
        const median = shares[Math.floor((shares.length - 1) / 2)];
        if (median <= RARE_SHARE) {
            const values = join(varying);
            if (kindsBesidesNull(values) <= 1 && (values.object === undefined || objectsAlike(values.object, joinOf, 1))) {
                return { kind: 'map', fixed, evidence: `${varying.length} distinct keys, most in ≤ ${RARE_SHARE * 100}% of the objects, values of one shape` };
            }
        }
    }
    const nearCall = data.size >= 2 && data.size * 4 >= total;
    return { kind: 'record', fixed: [], evidence: shapes, nearCall };
}
/** Rule 1 alone, for a record the committed schema keeps: does it look keyed by data? */
function looksKeyedByData(keys) {
    const { total, data, strong, classes } = classifyKeys(keys);
    if (total === 0)
        return undefined;
    const all = data.size === total && (strong > 0 || total >= 2);
    const most = data.size >= 2 && data.size > total - data.size;
    return all || most ? describeKeyClasses(classes, total) : undefined;
}
/**
 * Whether the objects of a joined shape are alike: the keys most of them have make up at least
 * half of their keys, or they share such keys and their other keys look like data keys again
 * (rare, values of one kind, alike: `{"meta", "<sub-feature>": {...}}`). Records of different
 * kinds (an issue, a repository) share a few keys (`id`, `url`) and each has many of its own,
 * of several kinds.
 */
function objectsAlike(object, joinOf, depth) {
    if (object.values !== undefined || object.count === 0)
        return true;
    let all = 0;
    let core = 0;
    const others = [];
    for (const [key, field] of object.fields) {
        all += field.present;
        if (field.present * 2 >= object.count)
            core += field.present;
        else
            others.push(key);
    }
    if (core * 2 >= all)
        return true;
    if (core === 0)
        return false;
    const shares = others.map((key) => object.fields.get(key).present / object.count).sort((a, b) => a - b);
    if (shares[Math.floor((shares.length - 1) / 2)] > RARE_SHARE)
        return false;
    const values = joinOf(object, others);
    if (kindsBesidesNull(values) > 1)
        return false;
    return values.object === undefined || depth === 0 || objectsAlike(values.object, joinOf, depth - 1);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function kindsBesidesNull(shape) {
    let kinds = 0;
    if (shape.booleans)
        kinds++;
    if (shape.integers !== 0 || shape.doubles || shape.prior?.number)
        kinds++;
    if (shape.strings !== undefined || shape.prior?.string || shape.prior?.enum || shape.prior?.bytes || shape.prior?.fixed)
        kinds++;
    if (shape.object !== undefined || shape.records !== undefined)
        kinds++;
    if (shape.array !== undefined)
        kinds++;
    return kinds;
}

;// CONCATENATED MODULE: ./src/infer/paths.ts
/**
 * Override paths name a position in the values, from the top-level object:
 * - JSON keys joined with `.`: `customer.attributes` is the `attributes` object inside `customer`;
 * - array items are transparent: `orders.lines` is the `lines` field of the records inside the
 *   `orders` array;
 * - `*` is the values of a map: `stock.*.warehouses`;
 * - `.`, `*` and `\` inside a key are escaped with `\` (`a\.b` is the key `a.b`);
 * - the empty path is the top-level value itself.
 */
const MAP_VALUES_SEGMENT = '*';
function escapePathSegment(key) {
    if (key === MAP_VALUES_SEGMENT)
        return '\\*';
    return /[.\\*]/.test(key) ? key.replace(/[.\\*]/g, (c) => `\\${c}`) : key;
}
function childPath(parent, key) {
    const segment = escapePathSegment(key);
    return parent === '' ? segment : `${parent}.${segment}`;
}
function mapValuesPath(parent) {
    return parent === '' ? MAP_VALUES_SEGMENT : `${parent}.${MAP_VALUES_SEGMENT}`;
}

;// CONCATENATED MODULE: ./src/infer/merge.ts



/**
 * Widens `into` so that it also describes everything `from` describes (the lattice join).
 * Iterative, like observation. `from` is left as it was; parts of it may be shared.
 */
function mergeShapes(into, from, factory) {
    const targets = [into];
    const sources = [from];
    // Objects to fold into maps once everything is merged in (inner ones first: they come later).
    const folds = [];
    // A record that holds itself (folded by recursion.ts) is merged once: met again, it is skipped.
    const merged = new Set();
    while (targets.length > 0) {
        const target = targets.pop();
        const source = sources.pop();
        target.nulls ||= source.nulls;
        target.nullsSeen += source.nullsSeen;
        target.booleansSeen += source.booleansSeen;
        target.numbersSeen += source.numbersSeen;
        target.stringsSeen += source.stringsSeen;
        target.objectsSeen += source.objectsSeen;
        target.arraysSeen += source.arraysSeen;
        target.booleans ||= source.booleans;
        if (source.integers > target.integers)
            target.integers = source.integers;
        target.doubles ||= source.doubles;
        if (source.strings !== undefined) {
            if (target.strings === undefined)
                target.strings = { ...source.strings };
            else {
                target.strings.uuid &&= source.strings.uuid;
                target.strings.dateTime &&= source.strings.dateTime;
                target.strings.date &&= source.strings.date;
            }
        }
        if (source.prior !== undefined)
            target.prior = mergePriorBranches(target.prior, source.prior);
        // Records of their own are shared, not copied: each stays one type.
        if (source.records !== undefined)
            for (const record of source.records)
                if (!(target.records ??= []).includes(record))
                    target.records.push(record);
        if (source.deeper === true)
            target.deeper = true;
        if (source.refersTo !== undefined)
            target.refersTo ??= source.refersTo;
        if (source.array !== undefined) {
            target.array ??= factory.shape(target.path);
            targets.push(target.array);
            sources.push(source.array);
        }
        if (source.object !== undefined && !merged.has(source.object)) {
            merged.add(source.object);
            if (mergeObjects(target, source.object, factory, targets, sources))
                folds.push([target.object, target.path]);
        }
    }
    for (let i = folds.length - 1; i >= 0; i--) {
        const [object, path] = folds[i];
        if (object.values === undefined)
            collapseToMap(object, path, factory, object.mode === 'auto');
        else
            dropMissingStructuralKeys(object, factory);
    }
}
/**
 * Merges the fields field by field; returns whether the object must then be folded into a map
 * (it or the source is one, or it has too many keys). Folding waits until the fields are
 * merged, so the keys missing from at most FOLDED_MISSES objects of both stay structural
 * whatever the order (misses add up: a key one side has no field for was missing from all its
 * objects, or from more than FOLDED_MISSES already).
 */
function mergeObjects(target, source, factory, targets, sources) {
    const object = (target.object ??= createObjectShape(factory.objectMode(target.path)));
    object.count += source.count;
    object.oversized ||= source.oversized;
    object.priorAttributes ??= source.priorAttributes;
    if (source.values !== undefined) {
        object.values ??= factory.shape(mapValuesPath(target.path));
        targets.push(object.values);
        sources.push(source.values);
    }
    for (const [key, sourceField] of source.fields) {
        let field = object.fields.get(key);
        if (field === undefined) {
            field = { key, present: 0, positionSum: 0, shape: factory.shape(childPath(target.path, key)), prior: sourceField.prior };
            object.fields.set(key, field);
        }
        field.present += sourceField.present;
        field.positionSum += sourceField.positionSum;
        targets.push(field.shape);
        sources.push(sourceField.shape);
    }
    return object.values !== undefined || object.mode === 'map' || (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto');
}
/**
 * Turns a field-by-field object into a map whose value shape joins the fields' shapes; with
 * `keepStructural`, the fields missing from at most FOLDED_MISSES objects so far stay apart
 * (structural keys).
 */
function collapseToMap(object, path, factory, keepStructural) {
    const values = factory.shape(mapValuesPath(path));
    const fields = [...object.fields.values()];
    object.fields = new Map();
    object.lastFields = [];
    object.values = values;
    for (const field of fields) {
        if (keepStructural && !object.oversized && field.present > 0 && keptApart(object, field.present))
            object.fields.set(field.key, field);
        else
            mergeShapes(values, field.shape, factory);
    }
}
/** Whether a key of a folded object, in `present` of its objects, stays apart: missing from at most FOLDED_MISSES. */
function keptApart(object, present) {
    return object.count - present <= FOLDED_MISSES;
}
/** A folded object's structural keys now missing from too many objects (or all, past the limit) join the values. */
function dropMissingStructuralKeys(object, factory) {
    for (const [key, field] of [...object.fields]) {
        if (keptApart(object, field.present) && !object.oversized && object.mode === 'auto')
            continue;
        object.fields.delete(key);
        mergeShapes(object.values, field.shape, factory);
    }
}
/** The join of the shapes of the given fields of an object (all by default) and its folded values. */
function joinFieldShapes(object, path, factory, keys) {
    // A map built while lowering (no fields) is read as it is: its records keep their identity.
    if (object.fields.size === 0 && object.values !== undefined)
        return object.values;
    const values = factory.shape(mapValuesPath(path));
    if (object.values !== undefined)
        mergeShapes(values, object.values, factory);
    for (const key of keys ?? object.fields.keys())
        mergeShapes(values, object.fields.get(key).shape, factory);
    return values;
}
function mergePriorBranches(into, from) {
    if (into === undefined)
        return from;
    const merged = { ...from, ...into, order: [...into.order] };
    for (const kind of from.order)
        if (!merged.order.includes(kind))
            merged.order.push(kind);
    return merged;
}

;// CONCATENATED MODULE: ./src/infer/recursion.ts



/**
 * The record shape describing every level of `record` (at `path`) when it repeats itself, else
 * undefined. `fullname` is the committed name of `record`, whose committed self-references
 * (`refersTo`) count as a level seen.
 */
function foldRecursion(record, path, fullname, context) {
    if (record.mode === 'map' || record.values !== undefined || record.count === 0)
        return undefined;
    for (const [key, field] of record.fields) {
        if (!mayRepeat(field.shape, key, fullname))
            continue;
        const child = childOf(field.shape, context);
        if (child === undefined)
            continue;
        const next = child.holder.object;
        const refersBack = fullname !== undefined && child.holder.refersTo === fullname;
        if (!refersBack && (next === undefined || next === record || !next.fields.has(key) || !sameKind(record, next)))
            continue;
        return fold(record, path, key, child.container, context);
    }
    return undefined;
}
/** A cheap look before the map rules run: does a record down this field have `key` again (or refer back)? */
function mayRepeat(shape, key, fullname) {
    const refers = (of) => of !== undefined && fullname !== undefined && of.refersTo === fullname;
    if (refers(shape) || refers(shape.array))
        return true;
    if (shape.array?.object?.fields.has(key) === true)
        return true;
    const object = shape.object;
    if (object === undefined)
        return false;
    if (object.fields.has(key) || object.values?.object?.fields.has(key) === true || refers(object.values))
        return true;
    for (const field of object.fields.values())
        if (field.shape.object?.fields.has(key) === true)
            return true;
    return false;
}
/**
 * The container at a field's shape and what it holds. At the first level the map rules decide
 * whether an object is a map; below, the container of the first level is read the same way.
 */
function childOf(shape, context, expected) {
    if (shape.records !== undefined)
        return undefined;
    if (shape.object === undefined && shape.array === undefined && shape.refersTo !== undefined && expected !== 'map')
        return { container: 'record', holder: shape };
    if (shape.object !== undefined && shape.array === undefined) {
        const object = shape.object;
        const known = context.mapValues.get(object);
        if (known !== undefined)
            return { container: 'map', holder: known };
        if (expected === 'map')
            return { container: 'map', holder: joinFieldShapes(object, shape.path, context.factory) };
        if (expected === 'record')
            return object.mode === 'map' || object.values !== undefined ? undefined : { container: 'record', holder: shape };
        const decided = context.decide(shape.path, object);
        if (decided === 'record')
            return { container: 'record', holder: shape };
        return decided === undefined ? undefined : { container: 'map', holder: decided };
    }
    if (shape.array !== undefined && shape.object === undefined && shape.array.records === undefined && expected !== 'map' && expected !== 'record') {
        return { container: 'array', holder: shape.array };
    }
    return undefined;
}
function fold(record, path, key, container, context) {
    const { factory } = context;
    const levels = [record];
    const holders = [];
    for (let level = record;;) {
        const field = level.fields.get(key);
        const child = field === undefined ? undefined : childOf(field.shape, context, level === record ? undefined : container);
        if (child === undefined || child.container !== container)
            break;
        holders.push(child.holder);
        const next = child.holder.object;
        if (next === undefined || levels.includes(next) || next.mode === 'map' || next.values !== undefined)
            break;
        levels.push(next);
        level = next;
    }
    // Levels the committed schema has as types of their own stay so: one type would rename them.
    if (new Set(levels.map((level) => level.priorAttributes?.name).filter((name) => name !== undefined)).size > 1)
        return undefined;
    const joined = factory.shape(path);
    for (const level of levels)
        mergeShapes(joined, { ...factory.shape(path), object: withoutContainer(level, key, container) }, factory);
    const folded = joined.object;
    const field = folded.fields.get(key);
    if (container === 'record') {
        field.shape.object = folded;
        return folded;
    }
    // What the map values or array items had besides the records (nulls, scalars) stays.
    const holder = factory.shape(container === 'map' ? mapValuesPath(field.shape.path) : field.shape.path);
    for (const shape of holders)
        mergeShapes(holder, { ...shape, object: undefined, records: undefined, refersTo: undefined }, factory);
    holder.object = folded;
    if (container === 'array')
        field.shape.array = holder;
    else {
        const map = createObjectShape('map');
        map.values = holder;
        field.shape.object = map;
        context.mapValues.set(map, holder);
    }
    return folded;
}
/** A copy of a level without the records down `key` (the fold puts the joined record there). */
function withoutContainer(level, key, container) {
    const field = level.fields.get(key);
    if (field === undefined)
        return level;
    const fields = new Map(level.fields);
    const shape = { ...field.shape, refersTo: undefined };
    if (container === 'array')
        shape.array = undefined;
    else
        shape.object = undefined;
    fields.set(key, { ...field, shape });
    return { ...level, fields, lastFields: [] };
}
/**
 * Two record shapes of one kind: the usual keys of one (in at least half of its objects, one at
 * least) are all keys of the other. Optional keys do not tell kinds apart, and a record seen
 * rarely shows fewer of them (`{"version_added"}` and `{"version_added", "notes"}` are one kind
 * of statement); records of different kinds (a user, a repository) each have usual keys the
 * other never has.
 */
function sameKind(a, b) {
    return usualKeysIn(a, b) || usualKeysIn(b, a);
}
function usualKeysIn(of, other) {
    let usual = 0;
    for (const [key, field] of of.fields) {
        if (field.present * 2 < of.count)
            continue;
        if (!other.fields.has(key))
            return false;
        usual++;
    }
    return usual > 0;
}

// EXTERNAL MODULE: ./src/infer/names.ts
var infer_names = __webpack_require__(83748);
// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(88996);
;// CONCATENATED MODULE: ./src/infer/lower.ts








/**
 * @param hint the record name to use for a new record at this position (PascalCase path)
 * @param enclosingNamespace namespace inherited from the enclosing named type (undefined at top)
 */
function lowerShape(shape, hint, enclosingNamespace, context, top = false) {
    return unionOf(runLowering({ shape, hint, namespace: enclosingNamespace, top }, context));
}
/**
 * Runs the lowering with an explicit stack of generators instead of the call stack: each
 * nested position is yielded to this loop, so schemas thousands of levels deep lower fine.
 * The order of work (and so of name assignment) is that of a plain recursive descent.
 */
function runLowering(start, context) {
    const stack = [positionBranches(start, context)];
    let input = [];
    for (;;) {
        const step = stack[stack.length - 1].next(input);
        if (step.done) {
            stack.pop();
            if (stack.length === 0)
                return step.value;
            input = step.value;
        }
        else {
            stack.push(positionBranches(step.value, context));
            input = [];
        }
    }
}
function unionOf(branches) {
    if (branches.length === 0)
        return 'null';
    if (branches.length === 1)
        return branches[0].schema;
    return branches.map((branch) => branch.schema);
}
function orderBranches(shape, branches) {
    const order = shape.prior?.order ?? [];
    const position = (kind) => {
        const index = order.indexOf(kind);
        return index >= 0 ? index : 100 + branchRank[kind];
    };
    return branches.sort((a, b) => position(a.kind) - position(b.kind));
}
function* positionBranches(position, context) {
    const { shape, hint, namespace, top } = position;
    const prior = shape.prior;
    const branches = [];
    if (shape.nulls)
        branches.push({ kind: 'null', schema: prior?.null ?? 'null' });
    if (shape.booleans)
        branches.push({ kind: 'boolean', schema: prior?.boolean ?? 'boolean' });
    const number = lowerNumber(shape);
    if (number !== undefined)
        branches.push({ kind: 'number', schema: number });
    if (prior?.bytes !== undefined)
        branches.push({ kind: 'bytes', schema: prior.bytes });
    if (shape.strings !== undefined)
        branches.push({ kind: 'string', schema: lowerString(shape) });
    if (prior?.enum !== undefined)
        branches.push({ kind: 'enum', schema: lowerNamed(prior.enum.schema, namespace, context) });
    if (prior?.fixed !== undefined)
        branches.push({ kind: 'fixed', schema: lowerNamed(prior.fixed.schema, namespace, context) });
    if (shape.array !== undefined) {
        const items = unionOf(yield { shape: shape.array, hint: `${hint}Item`, namespace, top: false });
        branches.push({ kind: 'array', schema: { type: 'array', items, ...prior?.array } });
    }
    for (const record of shape.records ?? []) {
        branches.push({ kind: 'object', schema: yield* lowerRecord(record, shape.path, context.hints.get(record) ?? hint, namespace, context, false) });
    }
    if (shape.object !== undefined)
        branches.push({ kind: 'object', schema: yield* lowerObject(shape, shape.object, hint, namespace, context, top) });
    else if (shape.refersTo !== undefined && shape.records === undefined && context.names.isUsed(shape.refersTo)) {
        // A committed self-reference the lowering did not fold (its record kept its committed name).
        branches.push({ kind: 'object', schema: shape.refersTo });
    }
    return orderBranches(shape, branches);
}
const NUMBER_RANK = { int: 0, long: 1, float: 2, double: 3 };
/** Integers are `long`, numbers written with a fraction or exponent `double`; a committed numeric type is kept unless a value needs a wider one. */
function lowerNumber(shape) {
    const observed = shape.doubles
        ? 'double'
        : shape.integers === IntegerWidth.long
            ? 'long'
            : shape.integers === IntegerWidth.int
                ? 'int'
                : undefined;
    const prior = shape.prior?.number;
    if (prior === undefined)
        return observed === undefined ? undefined : observed === 'int' ? 'long' : observed;
    if (observed === undefined || NUMBER_RANK[observed] <= NUMBER_RANK[prior.name])
        return prior.schema;
    return observed;
}
/** UUIDs get `logicalType: uuid`; RFC 3339 strings keep type string with `format`, so readers are not misled. */
function lowerString(shape) {
    const formats = shape.strings;
    const prior = shape.prior?.string;
    const attributes = {};
    if (typeof prior === 'object' && prior !== null && !Array.isArray(prior)) {
        for (const [key, value] of Object.entries(prior)) {
            const managed = (key === 'logicalType' && value === 'uuid') || (key === 'format' && (value === 'date' || value === 'date-time'));
            if (key !== 'type' && !managed)
                (0,own/* setOwn */.P)(attributes, key, value);
        }
    }
    const annotation = formats.uuid
        ? { logicalType: 'uuid' }
        : formats.dateTime
            ? { format: 'date-time' }
            : formats.date
                ? { format: 'date' }
                : {};
    if (Object.keys(attributes).length === 0 && Object.keys(annotation).length === 0)
        return 'string';
    return { type: 'string', ...annotation, ...attributes };
}
/** A committed enum or fixed: defined once, referred to by fullname where it appears again. */
function lowerNamed(schema, namespace, context) {
    const ownNamespace = typeof schema.namespace === 'string' ? schema.namespace || undefined : namespace;
    const fullname = (0,infer_names/* qualify */.Ss)(String(schema.name), ownNamespace);
    return context.names.claim(fullname) ? { ...schema } : fullname;
}
function* lowerObject(shape, object, hint, namespace, context, top) {
    let values = context.mapValues.get(object);
    if (values === undefined && !context.written.has(object)) {
        const decision = decisionOf(shape.path, object, context);
        if (decision.kind === 'map') {
            values = mapValues(shape.path, object, decision.fixed, hint, context);
            context.mapValues.set(object, values);
        }
    }
    if (values !== undefined) {
        const valuesSchema = unionOf(yield { shape: values, hint: `${hint}Value`, namespace, top: false });
        return { type: 'map', values: valuesSchema, ...shape.prior?.map };
    }
    return yield* lowerRecord(object, shape.path, hint, namespace, context, top);
}
/** The map rules for recursion.ts: `record`, or a map's values (kept for lowerObject to read). */
function recursionContext(context) {
    return {
        factory: context.factory,
        mapValues: context.mapValues,
        decide: (path, object) => {
            const decision = decisionOf(path, object, context);
            if (decision.kind === 'record')
                return 'record';
            if (decision.fixed.length > 0)
                return undefined;
            let values = context.mapValues.get(object);
            if (values === undefined) {
                values = mapValues(path, object, decision.fixed, '', context);
                context.mapValues.set(object, values);
            }
            return values;
        },
    };
}
function decisionOf(path, object, context) {
    let decision = context.decisions.get(object);
    if (decision === undefined) {
        decision = decide(path, object, context);
        context.decisions.set(object, decision);
    }
    return decision;
}
/** Map or record, and the near calls worth a note. */
function decide(path, object, context) {
    if (object.values !== undefined && object.mode !== 'auto')
        return { kind: 'map', fixed: [] };
    if (object.mode === 'map')
        return { kind: 'map', fixed: [] };
    if (object.mode === 'record') {
        // Kept a record by the committed schema (an override is the user's own choice: no note).
        if (object.priorAttributes !== undefined && context.factory.objectMode(path) !== 'record') {
            const evidence = looksKeyedByData(object.fields.keys());
            if (evidence !== undefined)
                note(context, path, evidence, 'committed schema');
        }
        return { kind: 'record', fixed: [] };
    }
    const decision = decideObject(object, (of, keys) => joinFieldShapes(of, path, context.factory, keys));
    if (decision.kind === 'record' && decision.nearCall && decision.evidence !== undefined)
        note(context, path, decision.evidence, 'rules');
    return decision;
}
function note(context, path, evidence, keptBy) {
    // A path through a key that is itself data would print that key: its own note covers it.
    if (pathSegments(path).some((segment) => segment !== MAP_VALUES_SEGMENT && keyClass(segment) !== undefined))
        return;
    if (!context.notes.some((existing) => existing.path === path))
        context.notes.push({ path, evidence, keptBy });
}
function pathSegments(path) {
    if (path === '')
        return [];
    const segments = [];
    let current = '';
    for (let i = 0; i < path.length; i++) {
        const c = path[i];
        if (c === '\\' && i + 1 < path.length)
            current += path[++i];
        else if (c === '.') {
            segments.push(current);
            current = '';
        }
        else
            current += c;
    }
    segments.push(current);
    return segments;
}
/**
 * The value shape of a map. Without structural keys: the join of all values. With them
 * (`{"meta": {...}, "<feature>": {...}}`): the data keys' values joined, and each structural
 * key's record a type of its own when it differs from the data values' records. When the data
 * values are again objects with the same structural keys (the structure repeats at every
 * level), the levels are folded: one type per structural key for all levels, and one map per
 * level down to the deepest seen (a map has no name, so Avro cannot refer back to it).
 */
function mapValues(path, object, fixed, hint, context) {
    const factory = context.factory;
    if (fixed.length === 0)
        return joinFieldShapes(object, path, factory);
    const dataKeys = (node) => [...node.fields.keys()].filter((key) => !fixed.includes(key));
    const levels = [object];
    const data = [joinFieldShapes(object, path, factory, dataKeys(object))];
    for (;;) {
        const next = data[data.length - 1].object;
        if (next === undefined || next.mode !== 'auto' || levels.includes(next) || !hasKeys(next, fixed))
            break;
        levels.push(next);
        data.push(joinFieldShapes(next, path, factory, dataKeys(next)));
    }
    const folded = levels.length > 1;
    const general = factory.shape(path === '' ? MAP_VALUES_SEGMENT : `${path}.${MAP_VALUES_SEGMENT}`);
    data.forEach((shape, level) => mergeShapes(general, folded && level < data.length - 1 ? withoutObject(shape) : shape, factory));
    const records = [];
    for (const key of fixed) {
        const joined = factory.shape(general.path);
        for (const level of levels) {
            const field = level.fields.get(key);
            if (field !== undefined)
                mergeShapes(joined, field.shape, factory);
        }
        const record = joined.object;
        // Folded, the data values are maps: a structural record is always a type of its own.
        const apart = record !== undefined && (folded || (general.object !== undefined && !alike(record, general.object)));
        mergeShapes(general, apart ? withoutObject(joined) : joined, factory);
        if (apart && record !== undefined) {
            context.hints.set(record, `${hint}${(0,infer_names/* pascalCase */.fL)(key)}`);
            records.push(record);
        }
    }
    if (records.length > 0)
        general.records = [...(general.records ?? []), ...records];
    if (!folded)
        return general;
    // One map per level, each over the same types; the deepest level's values are the general shape.
    let values = general;
    for (let level = levels.length - 1; level >= 1; level--) {
        const node = { ...levels[level], mode: 'map', fields: new Map(), values, lastFields: [] };
        values = { ...general, object: node };
    }
    return values;
}
function hasKeys(object, keys) {
    return (object.count > 0 &&
        keys.every((key) => {
            const field = object.fields.get(key);
            return field !== undefined && field.present >= FIXED_SHARE * object.count;
        }));
}
function withoutObject(shape) {
    return { ...shape, object: undefined, records: undefined };
}
/** Fewest fields of a record whose fields are all one kind of record (see siblingShapes). */
const MIN_SIBLINGS = 4;
/**
 * A record whose fields all hold the same kind of record (an object, or an array of them,
 * alike as {@link sameKind} says): `support: {"chrome": {...}, "firefox": [{...}], ...}`,
 * `_links: {"self": {"href"}, "html": {"href"}}`. Its fields get one type, the join of what
 * each held: a person writes one `SupportStatement` type, not one per browser, and a browser
 * seen only with one statement in the sample still accepts the list the others had.
 * Each field keeps its own nulls (and so whether it may be missing). Records the committed
 * schema has as types of their own are left so.
 */
function siblingShapes(object, context) {
    if (object.mode === 'map' || object.fields.size < MIN_SIBLINGS || object.fields.size > MANY_KEYS)
        return undefined;
    const records = [];
    for (const field of object.fields.values()) {
        const shape = field.shape;
        const own = [shape.object, shape.array?.object].filter((record) => record !== undefined);
        if (own.length === 0 || shape.records !== undefined || shape.array?.records !== undefined || shape.array?.array !== undefined)
            return undefined;
        for (const record of own) {
            if (record.mode === 'map' || record.values !== undefined || record.fields.size === 0)
                return undefined;
            if (!records.includes(record))
                records.push(record);
        }
    }
    if (records.length < 2)
        return undefined;
    // Committed as types of their own, they stay so: one type would rename them (a breaking change).
    const committed = new Set(records.map((record) => record.priorAttributes?.name).filter((name) => name !== undefined));
    if (committed.size > 1)
        return undefined;
    for (let i = 0; i < records.length; i++)
        for (let j = i + 1; j < records.length; j++)
            if (!sameKind(records[i], records[j]))
                return undefined;
    const first = [...object.fields.values()][0].shape;
    const joined = context.factory.shape(first.path);
    for (const field of object.fields.values())
        mergeShapes(joined, withoutNulls(field.shape), context.factory);
    // A statement alone or in a list is one type.
    if (joined.object !== undefined && joined.array?.object !== undefined) {
        const items = joined.array;
        const one = context.factory.shape(joined.path);
        mergeShapes(one, { ...joined, array: undefined }, context.factory);
        mergeShapes(one, { ...items, array: undefined }, context.factory);
        joined.object = one.object;
        joined.array = { ...items, object: one.object };
    }
    const shapes = new Map();
    for (const [key, field] of object.fields) {
        const prior = field.shape.prior === undefined ? joined.prior : { ...joined.prior, ...field.shape.prior, order: field.shape.prior.order };
        shapes.set(key, { ...joined, path: field.shape.path, nulls: field.shape.nulls, prior });
    }
    return shapes;
}
function withoutNulls(shape) {
    return { ...shape, nulls: false };
}
/** Two record shapes alike enough to be one type: they share at least half of their keys (Jaccard). */
function alike(a, b) {
    let shared = 0;
    for (const key of a.fields.keys())
        if (b.fields.has(key))
            shared++;
    const union = a.fields.size + b.fields.size - shared;
    return union === 0 || shared * 2 >= union;
}
function* lowerRecord(object, path, hint, namespace, context, top) {
    const written = context.written.get(object);
    if (written !== undefined)
        return written;
    const prior = object.priorAttributes;
    let name;
    let attributes = {};
    let fullname;
    const priorName = typeof prior?.name === 'string' ? prior.name : undefined;
    const priorNamespace = typeof prior?.namespace === 'string' ? prior.namespace || undefined : namespace;
    if (priorName !== undefined && context.names.claim((0,infer_names/* qualify */.Ss)(priorName, priorNamespace))) {
        name = priorName;
        fullname = (0,infer_names/* qualify */.Ss)(priorName, priorNamespace);
        attributes = withoutKey(prior, 'name');
    }
    else {
        const recordNamespace = namespace ?? context.namespace;
        name = context.names.fresh(top ? context.rootName : hint, recordNamespace);
        fullname = (0,infer_names/* qualify */.Ss)(name, recordNamespace);
        if (prior !== undefined)
            attributes = withoutKey(withoutKey(prior, 'name'), 'namespace');
        if (namespace === undefined && context.namespace !== undefined)
            attributes = { namespace: context.namespace, ...attributes };
    }
    context.written.set(object, fullname);
    const innerNamespace = (0,infer_names/* namespaceOf */.N6)(fullname);
    const described = foldRecursion(object, path, fullname, recursionContext(context)) ?? object;
    context.written.set(described, fullname);
    // A folded record holds itself: its fields are not joined again (that would never end).
    const siblings = described === object ? siblingShapes(object, context) : undefined;
    const fields = [];
    for (const [key, field, fieldName] of orderedFields(described)) {
        fields.push(yield* lowerField(described, key, field, fieldName, hint, innerNamespace, siblings?.get(key)));
    }
    return { type: 'record', name, ...attributes, fields };
}
/**
 * Committed fields in their order, then new fields by their mean position in the objects
 * that had them (the producer's order, whatever order the objects came in), ties by key.
 */
function orderedFields(object) {
    const committed = [];
    const added = [];
    for (const [key, field] of object.fields) {
        if (field.prior !== undefined)
            committed.push([key, field]);
        else
            added.push(key);
    }
    committed.sort((a, b) => a[1].prior.index - b[1].prior.index);
    added.sort((a, b) => {
        const x = object.fields.get(a);
        const y = object.fields.get(b);
        // mean(x) < mean(y) without division: exact for the integer sums kept here
        return x.positionSum * y.present - y.positionSum * x.present || (0,infer_names/* compareCodeUnits */.UF)(a, b);
    });
    const names = (0,infer_names/* assignFieldNames */._k)(added, new Set(committed.map(([, field]) => field.prior.name)));
    return [
        ...committed.map(([key, field]) => [key, field, field.prior.name]),
        ...added.map((key) => [key, object.fields.get(key), names.get(key)]),
    ];
}
function* lowerField(object, key, field, name, recordHint, namespace, sibling) {
    const priorAttributes = field.prior?.attributes;
    const hasPriorDefault = priorAttributes !== undefined && 'default' in priorAttributes;
    const priorDefault = priorAttributes?.default;
    // A field the committed record lacks was missing from the objects the prior describes.
    const mayBeMissing = field.present < object.count || (object.priorAttributes !== undefined && field.prior === undefined);
    let branches = yield {
        shape: sibling ?? field.shape,
        hint: sibling !== undefined ? `${recordHint}Entry` : `${recordHint}${(0,infer_names/* pascalCase */.fL)(key)}`,
        namespace,
        top: false,
    };
    let fallback;
    if (hasPriorDefault) {
        const fitting = branches.findIndex((branch) => fitsDefault(branch.schema, priorDefault));
        if (fitting >= 0) {
            branches = [branches[fitting], ...branches.filter((_, index) => index !== fitting)];
            fallback = { value: priorDefault };
        }
    }
    const needsNull = fallback === undefined && (mayBeMissing || branches.some((branch) => branch.kind === 'null'));
    if (needsNull) {
        const nullBranch = branches.find((branch) => branch.kind === 'null') ?? { kind: 'null', schema: 'null' };
        branches = [nullBranch, ...branches.filter((branch) => branch !== nullBranch)];
        fallback = { value: null };
    }
    const result = { name, type: unionOf(branches) };
    // Keep the committed attribute order, with the default where it was.
    if (priorAttributes !== undefined) {
        for (const [attribute, value] of Object.entries(priorAttributes)) {
            if (attribute === 'default') {
                if (fallback !== undefined)
                    result.default = fallback.value;
            }
            else
                (0,own/* setOwn */.P)(result, attribute, value);
        }
        if (fallback !== undefined && !('default' in result))
            result.default = fallback.value;
    }
    else {
        if (fallback !== undefined)
            result.default = fallback.value;
        if (name !== key)
            result.originalName = key;
    }
    return result;
}
/** Whether `value` is a valid default for a union whose first branch is `schema` (Avro checks the first branch). */
function fitsDefault(schema, value) {
    const type = typeof schema === 'string' ? schema : Array.isArray(schema) ? undefined : schema.type;
    switch (type) {
        case 'null':
            return value === null;
        case 'boolean':
            return typeof value === 'boolean';
        case 'int':
        case 'long':
            return typeof value === 'number' && Number.isInteger(value);
        case 'float':
        case 'double':
            return typeof value === 'number';
        case 'bytes':
        case 'string':
        case 'fixed':
            return typeof value === 'string';
        case 'enum':
            return typeof value === 'string' && symbolsOf(schema).includes(value);
        case 'array':
            return Array.isArray(value);
        case 'map':
        case 'record':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        default:
            return false;
    }
}
function symbolsOf(schema) {
    const symbols = typeof schema === 'object' && !Array.isArray(schema) ? schema.symbols : undefined;
    return Array.isArray(symbols) ? symbols : [];
}
function withoutKey(object, key) {
    const rest = {};
    for (const [k, value] of Object.entries(object))
        if (k !== key)
            (0,own/* setOwn */.P)(rest, k, value);
    return rest;
}

// EXTERNAL MODULE: ./src/json/value.ts
var json_value = __webpack_require__(88399);
;// CONCATENATED MODULE: ./src/infer/observe.ts






function shapeFactory(overrides) {
    return {
        shape: createShape,
        objectMode: (path) => overrides.get(path) ?? 'auto',
    };
}
/** Whether for-in must skip inherited keys: only when something polluted Object.prototype. */
let checkOwnKeys = false;
function hasInheritedEnumerableKeys() {
    for (const _ in EMPTY)
        return true;
    return false;
}
const EMPTY = Object.freeze({});
/** Containers nested deeper than this wait on an explicit stack instead of recursing. */
const MAX_RECURSION = 64;
const pendingShapes = [];
const pendingContainers = [];
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const TWO_POW_63 = 2 ** 63;
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
/**
 * Widens `root` so that it describes `value` too. Recursive down to MAX_RECURSION levels;
 * deeper containers wait on an explicit stack and start a new descent from there, so nesting
 * depth is bounded by memory, not by the call stack. The value is not kept.
 */
function observe(root, value, factory) {
    checkOwnKeys = hasInheritedEnumerableKeys();
    observeValue(root, value, factory, 0);
    // The stacks are empty between calls (observe runs to completion): shared, not reallocated.
    while (pendingShapes.length > 0) {
        const shape = pendingShapes.pop();
        const container = pendingContainers.pop();
        if (Array.isArray(container))
            observeArray(shape, container, factory, 0);
        else
            observeObject(shape, container, factory, 0);
    }
}
function observeValue(shape, value, factory, depth) {
    switch (typeof value) {
        case 'string':
            shape.stringsSeen++;
            observeString(shape, value);
            break;
        case 'number':
            shape.numbersSeen++;
            if (Number.isInteger(value)) {
                if (value > INT_MAX || value < INT_MIN) {
                    // A rounded integer literal (parseJsonTyped) of 2^63 or more in magnitude fits no long.
                    if (value >= TWO_POW_63 || value < -TWO_POW_63)
                        shape.doubles = true;
                    else
                        shape.integers = IntegerWidth.long;
                }
                else if (shape.integers === IntegerWidth.none)
                    shape.integers = IntegerWidth.int;
            }
            else
                shape.doubles = true;
            break;
        case 'boolean':
            shape.booleansSeen++;
            shape.booleans = true;
            break;
        case 'bigint':
            shape.numbersSeen++;
            // Beyond 64 bits no long holds it: the lattice's next step is double.
            if (value > INT64_MAX || value < INT64_MIN)
                shape.doubles = true;
            else
                shape.integers = IntegerWidth.long;
            break;
        case 'object':
            if (value === null) {
                shape.nullsSeen++;
                shape.nulls = true;
            }
            else if (value instanceof json_value/* JsonDouble */.g) {
                shape.numbersSeen++;
                shape.doubles = true;
            }
            else if (depth >= MAX_RECURSION) {
                if (Array.isArray(value))
                    shape.arraysSeen++;
                else
                    shape.objectsSeen++;
                pendingShapes.push(shape);
                pendingContainers.push(value);
            }
            else if (Array.isArray(value)) {
                shape.arraysSeen++;
                observeArray(shape, value, factory, depth + 1);
            }
            else {
                shape.objectsSeen++;
                if (shape.records !== undefined)
                    observeAlternative(shape, value, factory, depth + 1);
                else
                    observeObject(shape, value, factory, depth + 1);
            }
            break;
        default:
            break;
    }
}
function observeArray(shape, value, factory, depth) {
    const items = (shape.array ??= factory.shape(shape.path));
    for (let i = 0; i < value.length; i++)
        observeValue(items, value[i], factory, depth);
}
function observeString(shape, text) {
    const prior = shape.prior;
    if (prior !== undefined) {
        // Strings the committed schema already types as enum / fixed / bytes stay there.
        if (prior.enum?.symbols.has(text))
            return;
        if (prior.fixed !== undefined && prior.fixed.size === text.length)
            return;
        if (prior.bytes !== undefined)
            return;
    }
    const formats = shape.strings;
    if (formats === undefined) {
        shape.strings = { uuid: isUuid(text), dateTime: isDateTime(text), date: isDate(text) };
        return;
    }
    if (formats.uuid && !isUuid(text))
        formats.uuid = false;
    if (formats.dateTime && !isDateTime(text))
        formats.dateTime = false;
    if (formats.date && !isDate(text))
        formats.date = false;
}
/**
 * A position with several record types (from the committed schema): the object goes to the
 * record whose committed fields hold the largest share of its keys (at least half), else to the
 * position's own object. Only committed fields count, so the choice never depends on what
 * was observed before.
 */
function observeAlternative(shape, value, factory, depth) {
    const keys = Object.keys(value);
    let best;
    let bestScore = keys.length === 0 ? 0 : 0.5;
    const candidates = shape.object === undefined ? shape.records : [...shape.records, shape.object];
    for (const candidate of candidates) {
        if (candidate.values !== undefined)
            continue;
        let known = 0;
        for (const key of keys)
            if (candidate.fields.get(key)?.prior !== undefined)
                known++;
        const score = keys.length === 0 ? (candidate === shape.object ? 1 : 0) : known / keys.length;
        if (score > bestScore || (score === bestScore && best !== undefined && candidate === shape.object)) {
            best = candidate;
            bestScore = score;
        }
    }
    if (best === undefined || best === shape.object) {
        if (shape.object === undefined && shape.deeper === true && factory.objectMode(shape.path) === 'auto')
            shape.object = deeperLevel(shape, factory);
        observeObject(shape, value, factory, depth);
    }
    else
        observeInto(best, shape.path, value, factory, depth);
}
/**
 * A node below the deepest level of a committed folded catalogue: one more map level, whose
 * values take the same records and again open a level for a node deeper still. So a deeper
 * message extends the levels instead of adding its keys (data) as fields to the records.
 */
function deeperLevel(shape, factory) {
    const values = factory.shape(mapValuesPath(shape.path));
    values.records = [...shape.records];
    values.deeper = true;
    const level = createObjectShape('map');
    level.values = values;
    return level;
}
function observeObject(shape, value, factory, depth) {
    observeInto((shape.object ??= createObjectShape(factory.objectMode(shape.path))), shape.path, value, factory, depth);
}
function observeInto(object, path, value, factory, depth) {
    object.count++;
    if (object.mode === 'map' && object.values === undefined)
        collapseToMap(object, path, factory, false);
    // for-in spares an array of keys per object; its keys are own keys (`__proto__` or
    // `constructor` included: plain data) unless Object.prototype was given enumerable ones.
    if (object.values !== undefined) {
        if (object.fields.size === 0 && !admitsKeys(object)) {
            for (const key in value)
                if (!checkOwnKeys || Object.hasOwn(value, key))
                    observeValue(object.values, value[key], factory, depth);
            return;
        }
        observeFolded(object, path, value, factory, depth);
        return;
    }
    // Objects at one position mostly list the same keys in the same order: remembering the
    // field found at each position of the last key list spares most map look-ups.
    const cache = object.lastFields;
    let index = -1;
    for (const key in value) {
        if (checkOwnKeys && !Object.hasOwn(value, key))
            continue;
        index++;
        let field = cache[index];
        if (field === undefined || field.key !== key) {
            field = object.fields.get(key);
            if (field === undefined) {
                field = newField(object, path, key, factory);
                if (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto') {
                    // Folded: the keys missing from at most FOLDED_MISSES objects so far stay apart (this
                    // one's keys seen so far count as present); an object past the limit on its own keeps none.
                    const keys = Object.keys(value);
                    if (keys.length > MAP_KEY_LIMIT)
                        object.oversized = true;
                    object.fields.delete(key);
                    for (let seen = 0; seen < index; seen++) {
                        const earlier = object.fields.get(keys[seen]);
                        if (earlier !== undefined)
                            earlier.present--;
                    }
                    object.count--;
                    collapseToMap(object, path, factory, true);
                    object.count++;
                    observeFoldedFrom(object, path, value, keys, index, factory, depth);
                    return;
                }
            }
            cache[index] = field;
        }
        field.present++;
        field.positionSum += index;
        observeValue(field.shape, value[key], factory, depth);
    }
}
/**
 * Whether a folded object (the current one counted) takes a key it has no field for as a new
 * structural key: only while that key can still be missing from at most FOLDED_MISSES objects,
 * i.e. among the first FOLDED_MISSES + 1. A key dropped before had more misses, so never comes back.
 */
function admitsKeys(object) {
    return object.mode === 'auto' && !object.oversized && object.count - 1 <= FOLDED_MISSES;
}
function newField(object, path, key, factory) {
    const field = { key, present: 0, positionSum: 0, shape: factory.shape(childPath(path, key)), prior: undefined };
    object.fields.set(key, field);
    return field;
}
/** An object at a folded position: structural keys to their fields, the rest to the values. */
function observeFolded(object, path, value, factory, depth) {
    let index = -1;
    let hits = 0;
    const admits = admitsKeys(object);
    for (const key in value) {
        if (checkOwnKeys && !Object.hasOwn(value, key))
            continue;
        index++;
        let field = object.fields.get(key);
        // Past MAP_KEY_LIMIT keys the object is oversized and drops every field below: admit no more.
        if (field === undefined && admits && index < MAP_KEY_LIMIT)
            field = newField(object, path, key, factory);
        if (field === undefined)
            observeValue(object.values, value[key], factory, depth);
        else {
            hits++;
            field.present++;
            field.positionSum += index;
            observeValue(field.shape, value[key], factory, depth);
        }
    }
    if (index >= MAP_KEY_LIMIT)
        object.oversized = true;
    if (mayDrop(object, hits))
        dropMissingStructuralKeys(object, factory);
}
/**
 * Whether some structural key may now be missing from too many objects: this object lacked one,
 * and there were more than FOLDED_MISSES objects before it (a key in one of them at least is
 * missing from fewer), or it is oversized.
 */
function mayDrop(object, hits) {
    return object.oversized || (hits < object.fields.size && object.count - 1 > FOLDED_MISSES);
}
/** The rest of an object whose key at `from` folded its position: the earlier keys are counted again, as a folded object. */
function observeFoldedFrom(object, path, value, keys, from, factory, depth) {
    let hits = 0;
    const admits = admitsKeys(object);
    for (let index = 0; index < keys.length; index++) {
        const key = keys[index];
        let field = object.fields.get(key);
        if (field === undefined && admits && index >= from)
            field = newField(object, path, key, factory);
        if (field !== undefined) {
            hits++;
            field.present++;
            if (index >= from)
                observeValue(field.shape, value[key], factory, depth);
        }
        else if (index >= from)
            observeValue(object.values, value[key], factory, depth);
    }
    if (keys.length > MAP_KEY_LIMIT)
        object.oversized = true;
    if (mayDrop(object, hits))
        dropMissingStructuralKeys(object, factory);
}

;// CONCATENATED MODULE: ./src/infer/prior.ts




const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
function seedPrior(schema, factory, path = '') {
    const context = { factory, tasks: [], reserved: new Set(), named: new Map(), open: new Set(), objects: new Map(), deepest: new WeakSet() };
    const shape = factory.shape(path);
    seedInto(shape, schema, undefined, context);
    while (context.tasks.length > 0)
        context.tasks.pop()();
    return { shape, reservedNames: context.reserved };
}
function seedInto(shape, schema, namespace, context) {
    if (typeof schema === 'string') {
        if (PRIMITIVES.has(schema))
            seedPrimitive(shape, schema, schema);
        else
            seedReference(shape, schema, namespace, context);
        return;
    }
    if (Array.isArray(schema)) {
        const branches = schema.filter((branch) => !Array.isArray(branch));
        // Several records (and maybe a map): the last map, else the last record, is the position's
        // object; the other records stay types of their own (Shape.records).
        const objects = branches.filter((branch) => objectBranchKind(branch, namespace, context) !== undefined);
        const main = [...objects].reverse().find((branch) => objectBranchKind(branch, namespace, context) === 'map') ?? objects[objects.length - 1];
        for (const branch of [...branches].reverse()) {
            if (objects.includes(branch) && branch !== main)
                later(context, () => seedAlternative(shape, branch, namespace, context));
            else
                later(context, () => seedInto(shape, branch, namespace, context));
        }
        return;
    }
    if (!isPlainObject(schema))
        return;
    const type = schema.type;
    if (typeof type !== 'string') {
        if (type !== undefined && type !== null && !Array.isArray(type))
            seedInto(shape, type, namespace, context);
        return;
    }
    if (PRIMITIVES.has(type))
        seedPrimitive(shape, type, schema);
    else if (type === 'record' || type === 'error')
        seedRecord(shape, schema, namespace, context);
    else if (type === 'map')
        seedMap(shape, schema, namespace, context);
    else if (type === 'array') {
        const prior = priorOf(shape, 'array');
        prior.array = without(schema, ['type', 'items']);
        const items = (shape.array ??= context.factory.shape(shape.path));
        later(context, () => seedInto(items, schema.items, namespace, context));
    }
    else if (type === 'enum' && Array.isArray(schema.symbols)) {
        registerNamed(schema, namespace, context);
        priorOf(shape, 'enum').enum = { schema, symbols: new Set(schema.symbols.filter((s) => typeof s === 'string')) };
    }
    else if (type === 'fixed' && typeof schema.size === 'number') {
        registerNamed(schema, namespace, context);
        priorOf(shape, 'fixed').fixed = { schema, size: schema.size };
    }
    else
        seedReference(shape, type, namespace, context);
}
function objectBranchKind(branch, namespace, context) {
    if (typeof branch === 'string') {
        const definition = context.named.get((0,infer_names/* qualify */.Ss)(branch, namespace)) ?? context.named.get(branch);
        return definition !== undefined && (definition.schema.type === 'record' || definition.schema.type === 'error') ? 'record' : undefined;
    }
    if (!isPlainObject(branch))
        return undefined;
    if (branch.type === 'record' || branch.type === 'error')
        return 'record';
    if (branch.type === 'map')
        return 'map';
    return typeof branch.type === 'string' && !PRIMITIVES.has(branch.type) ? objectBranchKind(branch.type, namespace, context) : undefined;
}
/** A record of a union with several: seeded on its own, then listed among the position's records. */
function seedAlternative(shape, branch, namespace, context) {
    const alone = context.factory.shape(shape.path);
    seedInto(alone, branch, namespace, context);
    if (alone.object === undefined || alone.object.mode === 'map')
        return;
    priorOf(shape, 'object');
    if (!(shape.records ??= []).includes(alone.object))
        shape.records.push(alone.object);
}
function seedPrimitive(shape, name, schema) {
    switch (name) {
        case 'null':
            shape.nulls = true;
            priorOf(shape, 'null').null = schema;
            break;
        case 'boolean':
            shape.booleans = true;
            priorOf(shape, 'boolean').boolean = schema;
            break;
        case 'int':
        case 'long':
        case 'float':
        case 'double':
            priorOf(shape, 'number').number = { name: name, schema };
            break;
        case 'bytes':
            priorOf(shape, 'bytes').bytes = schema;
            break;
        case 'string': {
            priorOf(shape, 'string').string = schema;
            const attributes = typeof schema === 'object' ? schema : {};
            const formats = { uuid: attributes.logicalType === 'uuid', dateTime: attributes.format === 'date-time', date: attributes.format === 'date' };
            if (shape.strings === undefined)
                shape.strings = formats;
            else {
                shape.strings.uuid &&= formats.uuid;
                shape.strings.dateTime &&= formats.dateTime;
                shape.strings.date &&= formats.date;
            }
            break;
        }
    }
}
function seedRecord(shape, schema, namespace, context) {
    const fullname = registerNamed(schema, namespace, context);
    if (fullname !== undefined)
        context.open.add(fullname);
    const mode = context.factory.objectMode(shape.path);
    const fresh = shape.object === undefined;
    const object = (shape.object ??= createObjectShape(mode === 'auto' ? 'record' : mode));
    if (fresh && fullname !== undefined && !context.objects.has(fullname))
        context.objects.set(fullname, object);
    priorOf(shape, 'object');
    object.priorAttributes ??= without(schema, ['type', 'fields']);
    const innerNamespace = fullname === undefined ? namespace : (0,infer_names/* namespaceOf */.N6)(fullname);
    const fields = Array.isArray(schema.fields) ? schema.fields : [];
    const fieldTasks = [];
    fields.forEach((field, index) => {
        if (!isPlainObject(field) || typeof field.name !== 'string')
            return;
        const key = typeof field.originalName === 'string' ? field.originalName : field.name;
        if (object.fields.has(key))
            return;
        const fieldShape = context.factory.shape(childPath(shape.path, key));
        fieldTasks.push(() => seedInto(fieldShape, field.type, innerNamespace, context));
        object.fields.set(key, {
            key,
            present: 0,
            positionSum: 0,
            shape: fieldShape,
            prior: { index, name: field.name, attributes: without(field, ['name', 'type']) },
        });
    });
    // Runs after the fields are seeded (the stack is last in, first out).
    later(context, () => {
        if (object.mode === 'map')
            collapseToMap(object, shape.path, context.factory, false);
        if (fullname !== undefined)
            context.open.delete(fullname);
    });
    for (const task of fieldTasks.reverse())
        later(context, task);
}
function seedMap(shape, schema, namespace, context) {
    const mode = context.factory.objectMode(shape.path);
    priorOf(shape, 'object').map = without(schema, ['type', 'values']);
    const object = (shape.object ??= createObjectShape(mode === 'auto' ? 'map' : mode));
    if (object.mode === 'record')
        return;
    const values = (object.values ??= context.factory.shape(mapValuesPath(shape.path)));
    const deeper = deepestLevel(schema, namespace);
    if (deeper !== undefined)
        context.deepest.add(deeper);
    if (!context.deepest.has(schema)) {
        later(context, () => seedInto(values, schema.values, namespace, context));
        return;
    }
    // The deepest level of a folded catalogue: its records are alternatives (an object that fits
    // none opens a level deeper, see observe.ts), not the position's own object.
    values.deeper = true;
    const branches = Array.isArray(schema.values) ? schema.values : [schema.values];
    for (const branch of [...branches].reverse())
        later(context, () => seedAlternative(values, branch, namespace, context));
}
/**
 * The inner map of a committed folded catalogue's deepest two levels, if `schema` is one of
 * them: a map whose values are records R and one map, whose values are records of R only
 * (`map<[Meta, map<Meta>]>`, as lowering writes folded levels). Records are compared by fullname.
 */
function deepestLevel(schema, namespace) {
    if (!Array.isArray(schema.values))
        return undefined;
    const maps = schema.values.filter((branch) => isPlainObject(branch) && branch.type === 'map');
    if (maps.length !== 1)
        return undefined;
    const records = new Set(schema.values.map((branch) => recordFullname(branch, namespace)));
    const inner = maps[0];
    const innerBranches = Array.isArray(inner.values) ? inner.values : [inner.values];
    const fits = innerBranches.length > 0 &&
        innerBranches.every((branch) => {
            const fullname = recordFullname(branch, namespace);
            return fullname !== undefined && records.has(fullname);
        });
    return fits ? inner : undefined;
}
/** The fullname of a record branch (a definition or a reference by name), else undefined. */
function recordFullname(branch, namespace) {
    if (typeof branch === 'string')
        return PRIMITIVES.has(branch) ? undefined : (0,infer_names/* qualify */.Ss)(branch, namespace);
    if (!isPlainObject(branch) || (branch.type !== 'record' && branch.type !== 'error') || typeof branch.name !== 'string')
        return undefined;
    const ownNamespace = typeof branch.namespace === 'string' ? branch.namespace || undefined : namespace;
    return (0,infer_names/* qualify */.Ss)(branch.name, ownNamespace);
}
/**
 * A use of a named type by name: a record shares the shape of its definition (one type,
 * written once and referred to by name); other types are seeded again. Recursive types are
 * not unrolled.
 */
function seedReference(shape, name, namespace, context) {
    const fullname = context.named.has((0,infer_names/* qualify */.Ss)(name, namespace)) ? (0,infer_names/* qualify */.Ss)(name, namespace) : name;
    const definition = context.named.get(fullname);
    if (definition === undefined)
        return;
    if (context.open.has(fullname)) {
        // Not unrolled: the lowering folds the levels back into the one type (recursion.ts).
        if (definition.schema.type === 'record' || definition.schema.type === 'error') {
            shape.refersTo = fullname;
            priorOf(shape, 'object');
        }
        return;
    }
    const shared = context.objects.get(fullname);
    if (shared !== undefined && shape.object === undefined && context.factory.objectMode(shape.path) !== 'map') {
        shape.object = shared;
        priorOf(shape, 'object');
        return;
    }
    seedInto(shape, definition.schema, definition.namespace, context);
}
function later(context, task) {
    context.tasks.push(task);
}
function registerNamed(schema, namespace, context) {
    if (typeof schema.name !== 'string')
        return undefined;
    const ownNamespace = typeof schema.namespace === 'string' ? schema.namespace : namespace;
    const fullname = (0,infer_names/* qualify */.Ss)(schema.name, ownNamespace || undefined);
    context.reserved.add(fullname);
    if (!context.named.has(fullname))
        context.named.set(fullname, { schema, namespace: ownNamespace || undefined });
    return fullname;
}
function priorOf(shape, kind) {
    const prior = (shape.prior ??= { order: [] });
    if (!prior.order.includes(kind))
        prior.order.push(kind);
    return prior;
}
function without(object, keys) {
    const rest = Object.create(null);
    for (const key of Object.keys(object))
        if (!keys.includes(key))
            rest[key] = object[key];
    return rest;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/infer/index.ts





function createInferrer(options) {
    // Entries validate it as a usage error (checkAvroNamespace); here it would only become invalid Avro.
    if (options.namespace !== undefined && !(0,infer_names/* isAvroNamespace */.Ws)(options.namespace)) {
        throw new Error(`invalid Avro namespace ${JSON.stringify(options.namespace)}`);
    }
    const overrides = new Map(options.overrides instanceof Map ? options.overrides : Object.entries(options.overrides ?? {}));
    const factory = shapeFactory(overrides);
    let root;
    let reservedNames;
    if (options.prior !== undefined)
        ({ shape: root, reservedNames } = seedPrior(options.prior, factory));
    else {
        root = factory.shape('');
        reservedNames = new Set();
    }
    const rootName = (0,infer_names/* recordNameFor */.E8)(options.name);
    const prefix = options.recordNamePrefix === undefined ? rootName : (0,infer_names/* pascalCase */.fL)(options.recordNamePrefix) || rootName;
    let count = 0;
    let notes = [];
    let lowered;
    return {
        add(value) {
            count++;
            observe(root, value, factory);
        },
        get count() {
            return count;
        },
        get notes() {
            return notes;
        },
        evidence(limit) {
            return lowered === undefined ? new Map() : fieldEvidence(root, lowered, limit);
        },
        result() {
            const context = {
                factory,
                names: new infer_names/* NameRegistry */.H1(reservedNames),
                namespace: options.namespace || undefined,
                rootName,
                written: new Map(),
                mapValues: new Map(),
                hints: new Map(),
                decisions: new Map(),
                notes: [],
            };
            const schema = lowerShape(root, prefix, undefined, context, true);
            notes = context.notes;
            lowered = schema;
            return schema;
        },
    };
}





/***/ }),

/***/ 83748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ recordNameFor),
/* harmony export */   H1: () => (/* binding */ NameRegistry),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Ss: () => (/* binding */ qualify),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   Ws: () => (/* binding */ isAvroNamespace),
/* harmony export */   _k: () => (/* binding */ assignFieldNames),
/* harmony export */   fL: () => (/* binding */ pascalCase),
/* harmony export */   g: () => (/* binding */ checkAvroNamespace)
/* harmony export */ });
/* unused harmony exports checkAvroName, isAvroName, sanitizeName */
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Avro names: field names from JSON keys, record names from the topic and the field path.
 * Avro names match `[A-Za-z_][A-Za-z0-9_]*`; a fullname is dot-separated names.
 */
const AVRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AVRO_NAME_RULE = '[A-Za-z_][A-Za-z0-9_]*';
/** Whether `text` is an Avro namespace: dot-separated Avro names (the empty string is the null namespace). */
function isAvroNamespace(text) {
    return text === '' || text.split('.').every((part) => AVRO_NAME.test(part));
}
/**
 * Validates a namespace (or record name) where it enters (`what`: the flag or input that gave
 * it): a bad one would be written into every schema, which avsc and every later scan reject.
 */
function checkAvroNamespace(namespace, what) {
    if (isAvroNamespace(namespace))
        return;
    throw new _util_errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${what} ${JSON.stringify(namespace)} is not an Avro namespace: use dot-separated Avro names, each ${AVRO_NAME_RULE} (e.g. com.acme.orders)`);
}
function checkAvroName(name, what) {
    if (AVRO_NAME.test(name))
        return;
    throw new UsageError(`${what} ${JSON.stringify(name)} is not an Avro name: use ${AVRO_NAME_RULE}`);
}
/** Valid Avro names that avsc cannot take as field names (it keeps fields in plain objects). */
const UNUSABLE_NAMES = new Set(['__proto__']);
function isAvroName(text) {
    return AVRO_NAME.test(text) && !UNUSABLE_NAMES.has(text);
}
/** A valid Avro name close to `key`: invalid characters become `_`, a leading digit gets a `_` before it. */
function sanitizeName(key) {
    if (UNUSABLE_NAMES.has(key))
        return `${key}_`;
    const replaced = key.replace(/[^A-Za-z0-9_]/g, '_');
    if (replaced === '')
        return '_';
    return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}
/** `order-line.v2` → `OrderLineV2`: words of ASCII letters and digits, each capitalized. */
function pascalCase(text) {
    return text
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word !== '')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join('');
}
/** A record name for the top level from a topic name (never empty, never starting with a digit). */
function recordNameFor(topic) {
    const name = pascalCase(topic);
    if (name === '')
        return 'Record';
    return /^[0-9]/.test(name) ? `_${name}` : name;
}
/**
 * Field names for the JSON keys of one record, independent of the order keys were seen:
 * names already taken (the committed fields') stay; keys that are valid names claim
 * themselves; the other keys, in sorted order, get their sanitized form, or that form
 * with `_2`, `_3`, ... when it is taken.
 */
function assignFieldNames(newKeys, taken) {
    const names = new Map();
    const valid = newKeys.filter((key) => isAvroName(key) && !taken.has(key)).sort(compareCodeUnits);
    for (const key of valid) {
        names.set(key, key);
        taken.add(key);
    }
    const rest = newKeys.filter((key) => !names.has(key)).sort(compareCodeUnits);
    for (const key of rest) {
        const base = sanitizeName(key);
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}_${n}`;
        names.set(key, name);
        taken.add(name);
    }
    return names;
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Fullnames of the named types of one schema: makes each new name unique. */
class NameRegistry {
    reserved;
    used = new Set();
    constructor(reserved) {
        this.reserved = reserved;
    }
    /** Claims `fullname` if free (committed names are reserved for their own types). */
    /** Whether a named type of this fullname was written. */
    isUsed(fullname) {
        return this.used.has(fullname);
    }
    claim(fullname) {
        if (this.used.has(fullname))
            return false;
        this.used.add(fullname);
        return true;
    }
    /** A new name `hint`, `hint2`, `hint3`... unused and not reserved within `namespace`. */
    fresh(hint, namespace) {
        for (let n = 1;; n++) {
            const name = n === 1 ? hint : `${hint}${n}`;
            const fullname = qualify(name, namespace);
            if (!this.used.has(fullname) && !this.reserved.has(fullname)) {
                this.used.add(fullname);
                return name;
            }
        }
    }
}
function qualify(name, namespace) {
    if (name.includes('.') || !namespace)
        return name;
    return `${namespace}.${name}`;
}
/** The namespace a named type's fullname puts its nested types in. */
function namespaceOf(fullname) {
    const dot = fullname.lastIndexOf('.');
    return dot < 0 ? undefined : fullname.slice(0, dot);
}


/***/ }),

/***/ 27105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Q_: () => (/* binding */ JsonDepthError),
/* harmony export */   kq: () => (/* binding */ parseJsonTyped),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _value__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88399);

/**
 * Where a number literal that plain JSON.parse might not keep exactly may start (after `:`,
 * `,` or `[` and optional whitespace): an exponent (`1e3`, `1.5e1`: a double by how it is
 * written, maybe whole), a zero fraction followed by a delimiter (`1.0`, `10.00`), or 16
 * digits (and dot) in a row (an integer that may exceed 2^53, or a fraction that may round to
 * a whole number, `999999999999999.99`). The common case's only scan; a match may lie inside
 * a string (timestamps such as `12:00:00.000Z` do not match: the fraction ends at `Z`), which
 * only costs the exact path's scanner.
 */
const HINT = /[:,[]\s*-?(?:[\d.]{16}|\d+(?:\.(?:0+[\s,\]}]|\d+[eE])|[eE]))/;
/** Sentinels are JSON strings `"\u0000<index>"`: a NUL can only come from the data via this escape. */
const SENTINEL_ESCAPE = '\\u0000';
/**
 * Parses JSON text exactly (see JsonValue): integers beyond 2^53 are `bigint`, whole numbers
 * written with a fraction or exponent are `JsonDouble`, every other number a plain number.
 *
 * The common case costs one JSON.parse and one regular-expression scan (HINT). A flagged text
 * has each inexact literal rewritten into a sentinel string, is parsed once without a
 * reviver, and has the sentinels replaced by their exact values (exactPath). Rare texts (a
 * top level that is not an object or array, a `\u0000` escape in the text, invalid JSON) take
 * the reviver, which reads every literal's source (Node ≥ 21).
 */
function parseJson(text) {
    if (!startsAsContainer(text))
        return parseWithReviver(text); // not `{` or `[`: small or invalid
    if (!HINT.test(text))
        return JSON.parse(text);
    return exactPath(text);
}
/**
 * HINT without its 16-digit branch: the literals whose JSON.parse value has another Avro type
 * than the literal itself, i.e. whole numbers written as doubles: an exponent, a zero fraction,
 * or a fraction of 17 or more digits in all (one of 16 digits or fewer never rounds to a whole
 * number, so its value is fractional and reads as a double anyway). For speed the scan stops
 * only at `.`, `e`, `E` and `9` and reads forward first: after a `.`, the digits and what ends
 * them (`e`, or a delimiter: in a container text a literal is always followed by one); only then
 * do look-behinds check what the fraction was (zeros, or 17 digits in all) and the context (a
 * delimiter, then digits). No back-reference: the former `(?=(\d+))\1` made V8's engine scan
 * 1.1–1.6× as long on the test corpus. Backtracking into `\d+` costs one step per digit (a digit
 * never matches what must follow the digits), so the scan stays linear. The last branch sends
 * the text to the exact path: `922337203685477`, the digits every integer literal rounding to
 * ±2^63 starts with (those in [2^63 − 512, 2^63 + 1024]: whether one fits a long, only its exact
 * value tells).
 * Global: typedPath continues the scan that found the first match.
 */
const TYPE_HINT = /\.\d+(?:[eE]|[\s,\]}](?<=\.0+[\s\S]|[\d.]{18}[\s\S]))(?<=[:,[]\s*-?\d+\.\d+[\s\S]?)|[eE][+-]?\d(?<=[:,[]\s*-?\d+[eE][+-]?\d)|922337203685477/g;
/**
 * Parses JSON text as exactly as its Avro types need (what inference reads): the same values
 * as parseJson, except that an integer literal beyond 2^53 may come back as the rounded
 * `number` when the text needs the exact path for nothing else. The rounding never changes
 * the type: a rounded integer below 2^63 in magnitude was a long literal, one beyond was not
 * (and the literals rounding to ±2^63 itself always take the exact path). Saves the common
 * big-id message (a 64-bit id in every message) the exact path's scan.
 */
function parseJsonTyped(text) {
    if (!startsAsContainer(text))
        return parseWithReviver(text);
    if (text.length > 2 * MAX_JSON_DEPTH && nestedDeeperThan(text, MAX_JSON_DEPTH))
        throw new JsonDepthError();
    TYPE_HINT.lastIndex = 0;
    const first = TYPE_HINT.exec(text);
    if (first === null)
        return JSON.parse(text);
    return typedPath(text, first);
}
/**
 * How deep a message (what parseJsonTyped reads) may nest objects and arrays. Deeper ones are
 * refused with JsonDepthError: the reviver path and the schema's formatting (JSON.stringify)
 * recurse, fine at 1,000 levels, out of stack at 5,000; and a schema 1,000 levels deep is already
 * far over the size limit of a schema file. Schema texts (parseJson) are not limited. A text
 * nesting deeper than the limit is at least twice as long as it.
 */
const MAX_JSON_DEPTH = 1000;
/** The text nests objects and arrays deeper than MAX_JSON_DEPTH; callers skip it like text that is not JSON. */
class JsonDepthError extends Error {
    name = 'JsonDepthError';
    constructor() {
        super(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
}
/**
 * Whether objects and arrays nest deeper than `limit` in the text. Nesting is bounded by the
 * number of `{` and `[`, which indexOf counts at a few percent of JSON.parse's time; only a
 * text with more of them than `limit` is scanned (outside strings) for its actual depth.
 */
function nestedDeeperThan(text, limit) {
    let brackets = 0;
    for (let i = text.indexOf('{'); i !== -1 && brackets <= limit; i = text.indexOf('{', i + 1))
        brackets++;
    for (let i = text.indexOf('['); i !== -1 && brackets <= limit; i = text.indexOf('[', i + 1))
        brackets++;
    if (brackets <= limit)
        return false;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            i = closingQuote(text, i);
            if (i === -1)
                return false; // unterminated string: JSON.parse rejects the text
        }
        else if (c === 123 || c === 91) {
            if (++depth > limit)
                return true;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return false;
}
/** Whether the text starts (after whitespace) with `{` or `[`. */
function startsAsContainer(text) {
    let start = 0;
    let first = text.charCodeAt(0);
    while (isWhitespace(first))
        first = text.charCodeAt(++start);
    return first === 123 || first === 91;
}
/**
 * The exact path for an object or array text that the hint flagged: a scanner that lexes like
 * JSON.parse (strings skipped with indexOf, escapes honoured) rewrites each number literal
 * whose exact value is not JSON.parse's into a sentinel string; the text is parsed once,
 * without a reviver, and the sentinels are replaced by their values.
 */
function exactPath(text) {
    if (text.includes(SENTINEL_ESCAPE))
        return parseWithReviver(text);
    const exact = [];
    const rewritten = rewriteInexact(text, exact);
    if (exact.length === 0)
        return JSON.parse(text);
    let value;
    try {
        value = JSON.parse(rewritten);
    }
    catch {
        // Only invalid text gets here (a number token became a string token, which leaves valid
        // text valid and invalid text invalid): the reviver path throws JSON.parse's own error.
        return parseWithReviver(text);
    }
    replaceSentinels(value, exact);
    return value;
}
/** The text with each inexact literal replaced by the sentinel of its exact value (pushed to `exact`). */
function rewriteInexact(text, exact) {
    let rewritten = '';
    let copied = 0;
    const length = text.length;
    /** The last character outside strings that is not whitespace. */
    let previous = 0;
    let i = 0;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            const end = closingQuote(text, i);
            if (end === -1)
                break; // unterminated string: JSON.parse rejects the text
            i = end + 1;
            previous = 34;
        }
        else if (c === 45 || isDigit(c)) {
            const start = i;
            const afterDelimiter = previous === 58 || previous === 44 || previous === 91;
            previous = 48;
            const end = numberEnd(text, start);
            if (end === -1) {
                // Not a number: JSON.parse rejects the text; skip the token in one step.
                while (isNumberCharacter(text.charCodeAt(++i)))
                    ;
                continue;
            }
            i = end;
            if (!afterDelimiter || !isValueEnd(text, end))
                continue;
            const value = exactValue(text.slice(start, end));
            if (value === undefined)
                continue;
            rewritten += `${text.slice(copied, start)}"${SENTINEL_ESCAPE}${exact.length}"`;
            copied = end;
            exact.push(value);
        }
        else {
            if (!isWhitespace(c))
                previous = c;
            i++;
        }
    }
    return exact.length === 0 ? text : rewritten + text.slice(copied);
}
/**
 * parseJsonTyped's path for a flagged text (`first`: the first match): TYPE_HINT's matches
 * (its global scan continued) are the candidates, each a literal written as a double; the
 * whole ones are rewritten into sentinels without checking that they lie outside strings. A
 * sentinel put inside a string closes it there and leaves `\u0000…` outside any string, which
 * JSON.parse always rejects: then (and for invalid text) the exact path decides.
 */
function typedPath(text, first) {
    const doubles = [];
    let rewritten = '';
    let copied = 0;
    for (let match = first; match !== null; match = TYPE_HINT.exec(text)) {
        if (match[0].charCodeAt(0) === 57)
            return exactPath(text); // `9223…`
        let start = match.index; // at the `.`, `e` or `E`: the literal starts before its digits and sign
        while (isDigit(text.charCodeAt(start - 1)))
            start--;
        if (text.charCodeAt(start - 1) === 45)
            start--;
        const end = numberEnd(text, start);
        if (end === -1 || !isValueEnd(text, end))
            continue;
        TYPE_HINT.lastIndex = end;
        const number = Number(text.slice(start, end));
        if (!Number.isInteger(number))
            continue;
        rewritten += `${text.slice(copied, start)}"${SENTINEL_ESCAPE}${doubles.length}"`;
        copied = end;
        doubles.push(new _value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g(number));
    }
    if (doubles.length === 0)
        return JSON.parse(text);
    if (text.includes(SENTINEL_ESCAPE))
        return exactPath(text); // a NUL in the data could pass for a sentinel
    let value;
    try {
        value = JSON.parse(rewritten + text.slice(copied));
    }
    catch {
        return exactPath(text);
    }
    replaceSentinels(value, doubles);
    return value;
}
/** The end of the JSON number at `start` (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or -1 when none starts there. */
function numberEnd(text, start) {
    let i = start;
    if (text.charCodeAt(i) === 45)
        i++;
    const integerStart = i;
    if (text.charCodeAt(i) === 48)
        i++;
    else
        while (isDigit(text.charCodeAt(i)))
            i++;
    if (i === integerStart)
        return -1;
    if (text.charCodeAt(i) === 46) {
        const fractionStart = ++i;
        while (isDigit(text.charCodeAt(i)))
            i++;
        if (i === fractionStart)
            return -1;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
        const sign = text.charCodeAt(++i);
        if (sign === 43 || sign === 45)
            i++;
        const exponentStart = i;
        while (isDigit(text.charCodeAt(i)))
            i++;
        if (i === exponentStart)
            return -1;
    }
    return i;
}
/**
 * Whether a number ending at `end` is a value: after whitespace comes `,`, `]`, `}` or the
 * end of the text. Only values are rewritten: a bare token in key position must stay invalid,
 * not become a string key.
 */
function isValueEnd(text, end) {
    let next = end;
    while (isWhitespace(text.charCodeAt(next)))
        next++;
    const after = text.charCodeAt(next);
    return next === text.length || after === 44 || after === 93 || after === 125;
}
/**
 * The exact value of a number literal when JSON.parse's is not it: a whole number written with
 * a fraction or exponent (JsonDouble), or an integer beyond 2^53 - 1 (bigint).
 */
function exactValue(literal) {
    const digits = literal.charCodeAt(0) === 45 ? literal.slice(1) : literal;
    if (INTEGER.test(digits)) {
        if (digits.length < 16 || (digits.length === 16 && digits <= MAX_SAFE_DIGITS))
            return undefined;
        return BigInt(literal);
    }
    const number = Number(literal);
    return Number.isInteger(number) ? new _value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g(number) : undefined;
}
const INTEGER = /^\d+$/;
function isNumberCharacter(code) {
    return isDigit(code) || code === 45 || code === 43 || code === 46 || code === 101 || code === 69;
}
/** The index of the quote closing the string opened at `open`, or -1 when it is unterminated. */
function closingQuote(text, open) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(text, close))
        close = text.indexOf('"', close + 1);
    return close;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function isWhitespace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9;
}
/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text, at) {
    let before = at - 1;
    while (text.charCodeAt(before) === 92)
        before--;
    return (at - 1 - before) % 2 === 1;
}
/** Number.MAX_SAFE_INTEGER's digits: a 16-digit integer is safe when it sorts no later. */
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);
function isSentinel(value) {
    return typeof value === 'string' && value.charCodeAt(0) === 0;
}
/**
 * Puts the exact values in place of their sentinels. Iterative (any depth); stops once every
 * sentinel is replaced (fewer are found when a duplicate key dropped one: then it walks all).
 */
function replaceSentinels(root, exact) {
    let left = exact.length;
    const stack = [root];
    while (stack.length > 0) {
        const container = stack.pop();
        if (Array.isArray(container)) {
            for (let i = 0; i < container.length; i++) {
                const item = container[i];
                if (typeof item === 'object') {
                    if (item !== null)
                        stack.push(item);
                }
                else if (isSentinel(item)) {
                    container[i] = exact[Number(item.slice(1))];
                    if (--left === 0)
                        return;
                }
            }
        }
        else {
            // An own `__proto__` key is a data property: assigning to it sets that property.
            for (const key in container) {
                const item = container[key];
                if (typeof item === 'object') {
                    if (item !== null)
                        stack.push(item);
                }
                else if (isSentinel(item)) {
                    container[key] = exact[Number(item.slice(1))];
                    if (--left === 0)
                        return;
                }
            }
        }
    }
}
function parseWithReviver(text) {
    return JSON.parse(text, reviveExactNumber);
}
function reviveExactNumber(_key, value, context) {
    if (typeof value !== 'number' || context?.source === undefined)
        return value;
    const source = context.source;
    if (source.includes('.') || source.includes('e') || source.includes('E'))
        return Number.isInteger(value) ? new _value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g(value) : value;
    if (!Number.isSafeInteger(value))
        return BigInt(source);
    return value;
}


/***/ }),

/***/ 88399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   g: () => (/* binding */ JsonDouble)
/* harmony export */ });
class JsonDouble {
    value;
    constructor(value) {
        this.value = value;
    }
    toJSON() {
        return this.value;
    }
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonDouble);
}


/***/ }),

/***/ 80387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ formatSchema)
/* harmony export */ });
/** The committed text of a schema: 2-space JSON with a trailing newline. */
function formatSchema(schema) {
    return `${JSON.stringify(schema, null, 2)}\n`;
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


/***/ }),

/***/ 88996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setOwn),
/* harmony export */   e: () => (/* binding */ ownValue)
/* harmony export */ });
/**
 * Objects built from keys that are data (topic.json fields, config names, schema attributes):
 * `obj[key] = value` with the key `__proto__` sets the prototype instead of a field, and
 * `obj[key]` finds inherited members (`constructor`, `toString`) for keys the object lacks.
 */
/** Sets an own, enumerable property, whatever the key. */
function setOwn(object, key, value) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/** The object's own property `key`, or undefined: never an inherited member. */
function ownValue(object, key) {
    return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}


/***/ })

};
