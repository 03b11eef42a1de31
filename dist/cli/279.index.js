export const id = 279;
export const ids = [279];
export const modules = {

/***/ 92436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   f: () => (/* binding */ replaceFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Temp files of this path left by a writer that was killed between open and rename
 * (`<name>.tmp-<pid>-<hex>` whose process is gone): removed, so they never pile up.
 */
async function removeStaleTemps(path) {
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.tmp-`;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)).catch(() => []);
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length))?.[1]);
        if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), name), { force: true });
    }
}
/**
 * Replaces `path` by way of a temp file in its folder (created exclusively: a link planted at the
 * temp name is not followed), fsync, rename. `createdFolder`: the folder is new, so no temp files
 * of a killed writer need removing. No import of the project's own: a test runs this file alone.
 */
async function replaceFile(path, content, createdFolder) {
    const temp = `${path}.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
        try {
            await handle.writeFile(content, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    if (!createdFolder)
        await removeStaleTemps(path);
}
/**
 * Writes `content` to `path` so that readers (and a crash at any moment) see either the
 * old or the new file, never a half-written one: temp file in the same folder, fsync,
 * rename. Returns false, touching nothing, when the file already has this content. A link
 * (or anything but a regular file) at `path` is refused: rename would replace the link.
 * For a file of the schema tree, use safe-fs's writeTreeFile.
 */
async function writeFileAtomic(path, content) {
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (stats?.isSymbolicLink())
        throw new Error(`${path}: is a symbolic link; a link is not written through or replaced`);
    if (stats && !stats.isFile())
        throw new Error(`${path}: is not a regular file`);
    if (stats && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8')) === content)
        return false;
    const createdFolder = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true })) !== undefined;
    await replaceFile(path, content, createdFolder);
    return true;
}


/***/ }),

/***/ 35236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   eu: () => (/* binding */ recordClusterIdentity),
/* harmony export */   r0: () => (/* binding */ readClusterIdentity),
/* harmony export */   ym: () => (/* binding */ CLUSTER_FILE)
/* harmony export */ });
/* unused harmony exports isValidEnv, isValidPlatformInstance, parseClusterFile, formatClusterFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20837);
/* harmony import */ var _read__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20939);
/* harmony import */ var _safe_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91704);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _json_value__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88399);







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
const CLUSTER_FILE = 'cluster.json';
const ENV = /^[A-Za-z0-9_]+$/;
/** A URN part: no whitespace and none of DataHub's reserved `,()`. */
const PLATFORM_INSTANCE = /^[^\s,()]{1,200}$/;
function isValidEnv(value) {
    return ENV.test(value);
}
function isValidPlatformInstance(value) {
    return PLATFORM_INSTANCE.test(value);
}
/** Validates identity flags or inputs where they enter (`what` names them): usage errors. */
function checkIdentity(identity, what) {
    if (identity.env !== undefined && !isValidEnv(identity.env)) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${what.env} ${JSON.stringify(identity.env)} is not a DataHub environment: use letters, digits and '_' (e.g. PROD, DEV)`);
    }
    if (identity.platformInstance !== undefined && !isValidPlatformInstance(identity.platformInstance)) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${what.platformInstance} ${JSON.stringify(identity.platformInstance)} is not a valid platform instance: no spaces, commas or parentheses`);
    }
}
/** The identity a cluster.json records; throws CatalogFileError naming the file and what is wrong. */
function parseClusterFile(path, json) {
    const datahub = json.datahub;
    if (datahub === undefined)
        return {};
    if (!(0,_json_value__WEBPACK_IMPORTED_MODULE_6__/* .isJsonObject */ .O)(datahub))
        throw new _read__WEBPACK_IMPORTED_MODULE_3__/* .CatalogFileError */ .wZ(path, '"datahub" must be an object');
    const identity = {};
    if ('env' in datahub) {
        if (typeof datahub.env !== 'string' || !isValidEnv(datahub.env))
            throw new _read__WEBPACK_IMPORTED_MODULE_3__/* .CatalogFileError */ .wZ(path, `"datahub.env" ${JSON.stringify(datahub.env)} must be a DataHub environment (letters, digits, '_')`);
        identity.env = datahub.env;
    }
    if ('platformInstance' in datahub) {
        const instance = datahub.platformInstance;
        if (instance !== null && (typeof instance !== 'string' || !isValidPlatformInstance(instance))) {
            throw new _read__WEBPACK_IMPORTED_MODULE_3__/* .CatalogFileError */ .wZ(path, `"datahub.platformInstance" ${JSON.stringify(instance)} must be null or a name without spaces, commas or parentheses`);
        }
        identity.platformInstance = instance;
    }
    return identity;
}
/** `cluster.json` is also a valid Kafka topic name: such a topic's folder takes the file's place. */
async function takenByTopicFolder(root, cluster) {
    const entry = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_layout__WEBPACK_IMPORTED_MODULE_2__/* .clusterDir */ ._O)(root, cluster), CLUSTER_FILE)).catch(() => undefined);
    return entry?.isDirectory() ?? false;
}
/** Reads a cluster's cluster.json (none: `{}`); throws CatalogFileError when it is malformed. */
async function readClusterIdentity(root, cluster) {
    if (await takenByTopicFolder(root, cluster))
        return {};
    const file = await (0,_read__WEBPACK_IMPORTED_MODULE_3__/* .readClusterFile */ .dT)(root, cluster, CLUSTER_FILE);
    return file === undefined ? {} : parseClusterFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_layout__WEBPACK_IMPORTED_MODULE_2__/* .clusterDir */ ._O)(root, cluster), CLUSTER_FILE), file.json);
}
/**
 * The dataset settings of a cluster: its cluster.json, then the flags. Warns (into `warnings`)
 * where a flag differs from what the file says, since the file wins.
 */
function resolveIdentity(recorded, flags, flagsGiven, warnings) {
    const env = recorded.env ?? flags.env;
    const platformInstance = recorded.platformInstance === undefined ? flags.platformInstance : (recorded.platformInstance ?? undefined);
    if (flagsGiven.env && recorded.env !== undefined && recorded.env !== flags.env) {
        warnings.push(`${CLUSTER_FILE} sets env ${recorded.env}; the env ${flags.env} given to emit is not used for this cluster`);
    }
    if (flagsGiven.platformInstance && recorded.platformInstance !== undefined && recorded.platformInstance !== flags.platformInstance) {
        warnings.push(`${CLUSTER_FILE} sets ${recorded.platformInstance === null ? 'no platform instance' : `platform instance ${recorded.platformInstance}`}; the platform instance ${flags.platformInstance} given to emit is not used for this cluster`);
    }
    return platformInstance ? { env, platformInstance } : { env };
}
function formatClusterFile(identity) {
    const datahub = {};
    if (identity.platformInstance !== undefined)
        datahub.platformInstance = identity.platformInstance;
    if (identity.env !== undefined)
        datahub.env = identity.env;
    return `${JSON.stringify({ datahub }, null, 2)}\n`;
}
/**
 * The scan's part: on a cluster's first scan given a platform instance or env, records them in
 * cluster.json. An existing file is never rewritten; a scan input it disagrees with is a warning.
 * Returns whether the file was written.
 */
async function recordClusterIdentity(root, cluster, given) {
    if (given.platformInstance === undefined && given.env === undefined)
        return { written: false, warnings: [] };
    if (await takenByTopicFolder(root, cluster)) {
        return {
            written: false,
            warnings: [
                `a topic named ${CLUSTER_FILE} has the folder of that name: the cluster's DataHub identity is not recorded (give emit --platform-instance/--env)`,
            ],
        };
    }
    const file = await (0,_read__WEBPACK_IMPORTED_MODULE_3__/* .readClusterFile */ .dT)(root, cluster, CLUSTER_FILE);
    if (file === undefined) {
        const folder = (await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .treeFolder */ .vR)(root, [cluster], { create: true }));
        const written = await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .writeTreeFile */ .aD)(folder, CLUSTER_FILE, formatClusterFile(given), { text: undefined });
        return { written, warnings: [] };
    }
    const recorded = parseClusterFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_layout__WEBPACK_IMPORTED_MODULE_2__/* .clusterDir */ ._O)(root, cluster), CLUSTER_FILE), file.json);
    const warnings = [];
    if (given.env !== undefined && (recorded.env ?? 'PROD') !== given.env) {
        warnings.push(`${CLUSTER_FILE} records env ${recorded.env ?? '(none: PROD)'}, not ${given.env}: edit ${CLUSTER_FILE} to change it`);
    }
    if (given.platformInstance !== undefined && recorded.platformInstance !== given.platformInstance) {
        warnings.push(`${CLUSTER_FILE} records platform instance ${recorded.platformInstance ?? '(none)'}, not ${given.platformInstance}: edit ${CLUSTER_FILE} to change it`);
    }
    return { written: false, warnings };
}


/***/ }),

/***/ 20939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ listCommittedTopics),
/* harmony export */   Xx: () => (/* binding */ clusterEntryNames),
/* harmony export */   dT: () => (/* binding */ readClusterFile),
/* harmony export */   uc: () => (/* binding */ readCommittedTopic),
/* harmony export */   wZ: () => (/* reexport safe */ _safe_fs__WEBPACK_IMPORTED_MODULE_4__.wZ)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_syntax_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17980);
/* harmony import */ var _schema_avsc_check__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8775);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20837);
/* harmony import */ var _safe_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91704);






function parseJsonFile(path, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .CatalogFileError */ .wZ(path, `not valid JSON (${(0,_json_syntax_error__WEBPACK_IMPORTED_MODULE_1__/* .describeJsonError */ .M)(text)})`); // V8's message quotes the text
    }
}
const avscCheck = (schema) => (0,_schema_avsc_check__WEBPACK_IMPORTED_MODULE_2__/* .checkWithAvsc */ .y)(schema);
function parseSchemaFile(path, text, check = avscCheck) {
    const schema = parseJsonFile(path, text);
    try {
        check(schema, text);
    }
    catch (error) {
        throw new _safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .CatalogFileError */ .wZ(path, `not a valid Avro schema (${error.message})`);
    }
    return schema;
}
/** Reads one topic's committed files through safe-fs; throws CatalogFileError naming a broken file, link or folder. */
async function readCommittedTopic(root, cluster, topic, options = {}) {
    (0,_layout__WEBPACK_IMPORTED_MODULE_3__/* .topicDir */ .rG)(root, cluster, topic); // validates the names
    const committed = { topic };
    const folder = await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .treeFolder */ .vR)(root, [cluster, topic]);
    if (folder === undefined)
        return committed;
    const [valueText, keyText, topicText] = await Promise.all([_layout__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_SCHEMA_FILE */ .lP, _layout__WEBPACK_IMPORTED_MODULE_3__/* .KEY_SCHEMA_FILE */ .Ph, _layout__WEBPACK_IMPORTED_MODULE_3__/* .TOPIC_FILE */ .Fr].map((file) => (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .readTreeFile */ .xt)(folder, file)));
    if (valueText !== undefined) {
        committed.valueText = valueText;
        committed.value = parseSchemaFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, _layout__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_SCHEMA_FILE */ .lP), valueText, options.checkSchema);
    }
    if (keyText !== undefined) {
        committed.keyText = keyText;
        committed.key = parseSchemaFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, _layout__WEBPACK_IMPORTED_MODULE_3__/* .KEY_SCHEMA_FILE */ .Ph), keyText, options.checkSchema);
    }
    if (topicText !== undefined) {
        committed.topicText = topicText;
        const parsed = parseJsonFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, _layout__WEBPACK_IMPORTED_MODULE_3__/* .TOPIC_FILE */ .Fr), topicText);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new _safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .CatalogFileError */ .wZ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, _layout__WEBPACK_IMPORTED_MODULE_3__/* .TOPIC_FILE */ .Fr), 'must be a JSON object');
        }
        committed.topicFile = parsed;
    }
    return committed;
}
async function clusterFolder(root, cluster) {
    (0,_layout__WEBPACK_IMPORTED_MODULE_3__/* .clusterDir */ ._O)(root, cluster); // validates the name
    return (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .treeFolder */ .vR)(root, [cluster]);
}
/**
 * Every name in the cluster's folder (folders, files, links alike): a topic whose name is not
 * among them has nothing committed, so a scan need not look for its files.
 */
async function clusterEntryNames(root, cluster) {
    const folder = await clusterFolder(root, cluster);
    return new Set(folder === undefined ? [] : (await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .listTreeFolder */ .FY)(folder)).map((entry) => entry.name));
}
/** What a cluster's folder holds; regular files next to the topics (a README) are not topics. */
async function listCommittedTopics(root, cluster) {
    const list = { topics: [], invalid: [], refused: [] };
    const folder = await clusterFolder(root, cluster);
    if (folder === undefined)
        return list;
    const entries = (await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .listTreeFolder */ .FY)(folder)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.isFile())
            continue;
        if (!(0,_layout__WEBPACK_IMPORTED_MODULE_3__/* .isValidTopicName */ .Dg)(entry.name))
            list.invalid.push(entry.name);
        else if (entry.isDirectory())
            list.topics.push(entry.name);
        else
            list.refused.push({ topic: entry.name, error: (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .refusal */ .x5)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, entry.name), entry, 'a folder').message });
    }
    return list;
}
/**
 * A cluster-level JSON file (e.g. cluster.json), read as topic.json is; undefined when there is
 * none. Throws CatalogFileError naming the file when it is unreadable or not a JSON object.
 */
async function readClusterFile(root, cluster, name) {
    const folder = await clusterFolder(root, cluster);
    if (folder === undefined)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder.path, name);
    const text = await (0,_safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .readTreeFile */ .xt)(folder, name);
    if (text === undefined)
        return undefined;
    const parsed = parseJsonFile(path, text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _safe_fs__WEBPACK_IMPORTED_MODULE_4__/* .CatalogFileError */ .wZ(path, 'must be a JSON object');
    return { text, json: parsed };
}


/***/ }),

/***/ 91704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ listTreeFolder),
/* harmony export */   ZB: () => (/* binding */ checkWritable),
/* harmony export */   aD: () => (/* binding */ writeTreeFile),
/* harmony export */   pG: () => (/* binding */ removeTreeFolder),
/* harmony export */   vR: () => (/* binding */ treeFolder),
/* harmony export */   wZ: () => (/* binding */ CatalogFileError),
/* harmony export */   x5: () => (/* binding */ refusal),
/* harmony export */   xt: () => (/* binding */ readTreeFile)
/* harmony export */ });
/* unused harmony exports treeEntryExists, removeTreeFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _atomic_write__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92436);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20837);







/**
 * The one door to the committed schema tree on disk, to read and to write (DESIGN.md: nothing
 * under the schema tree is read or written through a link; a checkout may hold links, pipes,
 * devices, huge files).
 *
 * - A walk starts at the schema directory and lstats each folder on the way down: the directory
 *   itself (its parents are the user's business), then the cluster and topic folders. Each must
 *   be a real folder; a link or anything else is refused, never followed.
 * - A file is lstat'ed first (a pipe or device is never opened), then opened with O_NOFOLLOW and
 *   O_NONBLOCK and fstat'ed: the regular file lstat saw, at most MAX_SCHEMA_FILE_BYTES, and no
 *   more than that is read. A file is written only where lstat finds nothing or a regular file,
 *   by rename (atomic-write.ts), so a link is neither written through nor replaced.
 * - A refusal is a CatalogFileError naming the path (`<dir>/<cluster>/<topic>/<file>`) and what
 *   is there; it never quotes a file's content. The schema directory itself is a UsageError.
 * The walk guards against what is committed, not against another process swapping folders
 * while it runs (Node has no openat); a file swapped between lstat and open is still caught.
 */
/** A committed file or folder that cannot be used; the message names it. */
class CatalogFileError extends Error {
    file;
    name = 'CatalogFileError';
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
    }
}
const LINK = 'is a symbolic link; links are not followed in the schema tree';
const MiB = 1024 * 1024;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
function describe(entry) {
    if (entry.isDirectory())
        return 'a folder';
    if (entry.isFile())
        return 'a regular file';
    if (entry.isFIFO())
        return 'a named pipe (FIFO)';
    if (entry.isSocket())
        return 'a socket';
    if (entry.isCharacterDevice() || entry.isBlockDevice())
        return 'a device';
    return 'of an unknown kind';
}
/** Why `entry` at `path` is not what the tree needs there (`a folder` or `a regular file`). */
function refusal(path, entry, needed) {
    return new CatalogFileError(path, entry.isSymbolicLink() ? LINK : `is ${describe(entry)}, not ${needed}`);
}
function code(error) {
    return error.code;
}
/** lstat, or undefined when nothing is there. */
async function lstatIfThere(path, orNotDirectory = false) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (error) {
        if (code(error) === 'ENOENT' || (orNotDirectory && code(error) === 'ENOTDIR'))
            return undefined;
        throw new CatalogFileError(path, error.message);
    }
}
/**
 * The folder `<root>/<parts…>`, every step lstat'ed; undefined when a step does not exist, unless
 * `create` (then missing folders are made one level at a time, the root with its parents).
 */
async function treeFolder(root, parts, options = {}) {
    let path = root;
    let created = false;
    for (let step = 0; step <= parts.length; step++) {
        if (step > 0)
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(path, parts[step - 1]);
        let stats = await lstatIfThere(path, step === 0);
        created = false;
        if (stats === undefined) {
            if (!options.create)
                return undefined;
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(path, { recursive: step === 0 });
                created = true;
            }
            catch (error) {
                if (code(error) !== 'EEXIST')
                    throw error; // made meanwhile by another walk
            }
            stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
        }
        if (stats.isDirectory())
            continue;
        if (step === 0)
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`${path}: ${stats.isSymbolicLink() ? LINK : `is ${describe(stats)}, not a folder`}`);
        throw refusal(path, stats, 'a folder');
    }
    return { path, created };
}
/** The entries of a tree folder, typed as lstat sees them (a link is a link). */
async function listTreeFolder(folder) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(folder.path, { withFileTypes: true });
    }
    catch (error) {
        throw new CatalogFileError(folder.path, error.message);
    }
}
function checkSize(path, bytes) {
    if (bytes <= _layout__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SCHEMA_FILE_BYTES */ .q2)
        return;
    throw new CatalogFileError(path, `is ${(bytes / MiB).toFixed(1)} MiB, over the ${_layout__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SCHEMA_FILE_BYTES */ .q2 / MiB} MiB limit of a committed file`);
}
/** lstat of a file of the tree: undefined when absent; refused when it is not a regular file. */
async function statTreeFile(folder, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder.path, name);
    const stats = await lstatIfThere(path);
    if (stats !== undefined && !stats.isFile())
        throw refusal(path, stats, 'a regular file');
    return stats;
}
/** A file of the tree as UTF-8 text; undefined when absent. */
async function readTreeFile(folder, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder.path, name);
    const seen = await statTreeFile(folder, name);
    if (seen === undefined)
        return undefined;
    checkSize(path, seen.size);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, READ_FLAGS);
    }
    catch (error) {
        if (code(error) === 'ENOENT')
            return undefined;
        if (code(error) === 'ELOOP')
            throw new CatalogFileError(path, LINK); // became a link after lstat
        throw new CatalogFileError(path, error.message);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.ino !== seen.ino || stats.dev !== seen.dev)
            throw new CatalogFileError(path, 'was replaced while it was opened');
        checkSize(path, stats.size);
        // One byte more than the size: a file that grew since is noticed, not cut short.
        const buffer = Buffer.alloc(stats.size + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < buffer.length; length += read) {
            ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, length));
        }
        if (length > stats.size)
            throw new CatalogFileError(path, 'grew while it was read');
        return buffer.toString('utf8', 0, length);
    }
    finally {
        await handle.close();
    }
}
/** Whether anything is at `<root>/<parts…>`: a link, or a file or folder where a folder should be, counts. */
async function treeEntryExists(root, parts) {
    let path = root;
    for (let step = 0; step <= parts.length; step++) {
        if (step > 0)
            path = join(path, parts[step - 1]);
        const stats = await lstatIfThere(path, step === 0);
        if (stats === undefined)
            return false;
        if (!stats.isDirectory())
            return true;
    }
    return true;
}
/**
 * writeFileAtomic for a file of the tree, in a folder from `treeFolder(…, { create: true })` (which
 * refused a link on the way): the file must be absent or a regular file (rename would replace a
 * link). `current`: its text as the caller just read it here (undefined: absent), which spares
 * reading it again.
 */
async function writeTreeFile(folder, name, content, current) {
    const existing = current ? current.text : await readTreeFile(folder, name);
    if (existing === content)
        return false;
    await statTreeFile(folder, name); // refuses a link, a pipe, a folder
    await (0,_atomic_write__WEBPACK_IMPORTED_MODULE_4__/* .replaceFile */ .f)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder.path, name), content, folder.created);
    return true;
}
/** Removes a file of the tree; absent is fine, anything but a regular file is refused (a link is not removed). */
async function removeTreeFile(folder, name) {
    if ((await statTreeFile(folder, name)) === undefined)
        return false;
    await rm(join(folder.path, name), { force: true });
    return true;
}
/**
 * Removes a topic folder reached by a checked walk, with what it holds. The walk refused a link on
 * the way; inside, `rm` unlinks a link rather than following it, so nothing outside is touched.
 */
async function removeTreeFolder(folder) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(folder.path, { recursive: true, force: true });
    }
    catch (error) {
        throw new CatalogFileError(folder.path, error.message);
    }
}
const WRITE_FAILURES = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
};
/**
 * Checks once that files can be written in `<root>/<parts…>` (made if missing) by creating and
 * removing a probe file there: a read-only disk or a path through a file is then one error that
 * names the folder, not the same error for every topic. Links on the way are refused as above.
 */
async function checkWritable(root, parts) {
    try {
        const folder = (await treeFolder(root, parts, { create: true }));
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder.path, `.scout-probe-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
        await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(probe, 'wx')).close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(probe, { force: true });
    }
    catch (error) {
        if (error instanceof CatalogFileError || error instanceof _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e)
            throw error;
        const reason = WRITE_FAILURES[error.code ?? ''] ?? error.message;
        throw new Error(`cannot write to ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...parts)}: ${reason}`, { cause: error });
    }
}


/***/ }),

/***/ 17980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeJsonError)
/* harmony export */ });
/* unused harmony export firstErrorOffset */
/**
 * Where a text stops being JSON, told by line and column only. V8's JSON.parse messages quote
 * the text (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and an error about a
 * file must not print what the file holds. Called only after JSON.parse has thrown, so this
 * scan is not on any hot path.
 */
function describeJsonError(text) {
    const offset = firstErrorOffset(text);
    if (offset === undefined)
        return 'position unknown';
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const where = `line ${line}, column ${offset - lineStart + 1}`;
    return offset >= text.length ? `unexpected end at ${where}` : `at ${where}`;
}
const isDigit = (code) => code >= 0x30 && code <= 0x39;
const isHex = (code) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const LITERALS = new Map(['true', 'false', 'null'].map((word) => [word.charCodeAt(0), word]));
const ESCAPES = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
/**
 * The offset of the first character that RFC 8259 JSON (what JSON.parse accepts) does not
 * allow there: text.length when the text ends too early, undefined when the text is valid.
 * Iterative (a stack of open containers), so any nesting depth is fine.
 */
function firstErrorOffset(text) {
    const n = text.length;
    let i = 0;
    const skipSpace = () => {
        for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i))
            ;
    };
    /** End of the string starting at i (a quote), or the negated offset of its error minus one. */
    const string = (start) => {
        for (let j = start + 1; j < n; j++) {
            const c = text.charCodeAt(j);
            if (c === 0x22)
                return j + 1;
            if (c < 0x20)
                return -j - 1;
            if (c !== 0x5c)
                continue;
            const escaped = text.charCodeAt(++j);
            if (j >= n)
                return -n - 1;
            if (!ESCAPES.has(escaped))
                return -j - 1;
            if (escaped !== 0x75)
                continue;
            for (let k = 0; k < 4; k++) {
                if (++j >= n)
                    return -n - 1;
                if (!isHex(text.charCodeAt(j)))
                    return -j - 1;
            }
        }
        return -n - 1;
    };
    const digits = (start) => {
        let j = start;
        while (j < n && isDigit(text.charCodeAt(j)))
            j++;
        return j;
    };
    const number = (start) => {
        let j = start;
        if (text.charCodeAt(j) === 0x2d)
            j++;
        if (j >= n)
            return -n - 1;
        if (text.charCodeAt(j) === 0x30)
            j++;
        else if (isDigit(text.charCodeAt(j)))
            j = digits(j);
        else
            return -j - 1;
        if (text.charCodeAt(j) === 0x2e) {
            const end = digits(j + 1);
            if (end === j + 1)
                return -Math.min(end, n) - 1;
            j = end;
        }
        const e = text.charCodeAt(j);
        if (e === 0x65 || e === 0x45) {
            j++;
            const sign = text.charCodeAt(j);
            if (sign === 0x2b || sign === 0x2d)
                j++;
            const end = digits(j);
            if (end === j)
                return -Math.min(end, n) - 1;
            j = end;
        }
        return j;
    };
    const open = []; // 0x7b '{' or 0x5b '['
    let state = 'value';
    for (;;) {
        skipSpace();
        if (state === 'after') {
            if (open.length === 0)
                return i < n ? i : undefined;
            if (i >= n)
                return n;
            const c = text.charCodeAt(i);
            const top = open[open.length - 1];
            if (c === 0x2c) {
                i++;
                state = top === 0x7b ? 'key' : 'value';
            }
            else if ((top === 0x7b && c === 0x7d) || (top === 0x5b && c === 0x5d)) {
                i++;
                open.pop();
            }
            else
                return i;
            continue;
        }
        if (i >= n)
            return n;
        const c = text.charCodeAt(i);
        if (state === 'key') {
            if (c !== 0x22)
                return i;
            const end = string(i);
            if (end < 0)
                return -end - 1;
            i = end;
            skipSpace();
            if (i >= n)
                return n;
            if (text.charCodeAt(i) !== 0x3a)
                return i;
            i++;
            state = 'value';
            continue;
        }
        state = 'after';
        if (c === 0x7b || c === 0x5b) {
            i++;
            skipSpace();
            if (text.charCodeAt(i) === c + 2)
                i++; // '}' is '{' + 2, ']' is '[' + 2
            else {
                open.push(c);
                state = c === 0x7b ? 'key' : 'value';
            }
            continue;
        }
        let end;
        if (c === 0x22)
            end = string(i);
        else if (c === 0x2d || isDigit(c))
            end = number(i);
        else {
            const literal = LITERALS.get(c);
            if (literal === undefined)
                return i;
            let j = i + 1;
            while (j - i < literal.length && text.charCodeAt(j) === literal.charCodeAt(j - i))
                j++;
            if (j - i < literal.length)
                return Math.min(j, n); // where it stops matching, as V8 says
            end = j;
        }
        if (end < 0)
            return -end - 1;
        i = end;
    }
}


/***/ }),

/***/ 29906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
function stderrLogger(verbose = false) {
    const write = (prefix) => (message) => process.stderr.write(`${prefix}${message}\n`);
    return {
        debug: verbose ? write('debug: ') : () => { },
        info: write(''),
        warn: write('warning: '),
        error: write('error: '),
    };
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Servers echo credentials back in error bodies, and not always as they were sent: URL-encoded,
 * lower- or upper-cased, JSON-escaped, base64 (a basic-auth header). A Redactor masks a secret in
 * each of those forms before a server's text reaches a message or a log line.
 */
class Redactor {
    pattern;
    /** `basicAuth`: also the base64 of `username:password` as a basic-auth header carries it. */
    constructor(secrets, basicAuth) {
        const forms = new Set();
        for (const secret of secrets)
            if (secret)
                for (const form of secretForms(secret))
                    forms.add(form);
        if (basicAuth)
            forms.add(base64(`${basicAuth.username}:${basicAuth.password}`).replace(/=+$/, ''));
        forms.delete('');
        const sorted = [...forms].sort((a, b) => b.length - a.length); // longest first: no form is cut by a shorter one
        // Case-insensitive: covers lower-, upper- and mixed-case copies of every form (and of hex escapes).
        this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : undefined;
    }
    redact(text) {
        return this.pattern ? text.replace(this.pattern, '***') : text;
    }
}
/** Below this length a secret's base64 at an offset (see below) would be too short to be telling. */
const MIN_SHIFTED_BASE64 = 8;
function secretForms(secret) {
    const bytes = Buffer.from(secret);
    const encoded = [bytes.toString('base64')];
    // Inside a longer base64 text (`user:secret` in a basic-auth header) the secret's encoding
    // depends on its offset modulo 3: the characters that encode its bytes alone, at each offset.
    for (let shift = 1; shift <= 2; shift++) {
        const shifted = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        const core = shifted.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
        if (core.length >= MIN_SHIFTED_BASE64)
            encoded.push(core);
    }
    return [
        secret,
        encodeURIComponent(secret),
        encodeURIComponent(secret).replace(/%20/g, '+'),
        encodeURI(secret),
        JSON.stringify(secret).slice(1, -1),
        ...encoded.flatMap((text) => {
            const unpadded = text.replace(/=+$/, '');
            return [unpadded, unpadded.replace(/\+/g, '-').replace(/\//g, '_')]; // base64 and base64url
        }),
    ];
}
function base64(text) {
    return Buffer.from(text).toString('base64');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 77997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Om: () => (/* binding */ checkHttpUrl),
/* harmony export */   ri: () => (/* binding */ withoutCredentials)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * URLs the user gives (GMS, schema registry) may carry credentials (`https://key:secret@host/`).
 * Whatever prints a URL prints `redactUrl(url)`; requests go to `withoutCredentials(url)` with
 * the credentials, if used at all, in a header (undici does not turn userinfo into basic auth).
 */
/**
 * `scheme://userinfo@` with the userinfo up to the authority's last `@` (a raw `@` in a
 * password); quotes and angle brackets end a URL in a message or a JSON text.
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'<>]*)@/gi;
/** The text with the credentials of every URL in it masked: `https://user:***@host/`, `https://***@host/` (a user alone may be a key). */
function redactUrl(text) {
    return text.replace(USERINFO, (_match, scheme, userinfo) => {
        const colon = userinfo.indexOf(':');
        return `${scheme}${colon < 0 ? '***' : `${userinfo.slice(0, colon)}:***`}@`;
    });
}
/** Splits the userinfo (percent-decoded) off a URL; a URL that does not parse is returned as it is. */
function withoutCredentials(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { url: text };
    }
    if (url.username === '' && url.password === '')
        return { url: text };
    const credentials = { url: '', username: decode(url.username) };
    if (url.password !== '')
        credentials.password = decode(url.password);
    url.username = '';
    url.password = '';
    credentials.url = url.toString();
    return credentials;
}
function decode(component) {
    try {
        return decodeURIComponent(component);
    }
    catch {
        return component;
    }
}
/** Validates an http(s) URL where it enters (`what`: the flag or input that gave it): a usage error. */
function checkHttpUrl(text, what) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '')
        return;
    // A value with an `@` that redactUrl did not recognise (`user:secret@host`) is not repeated.
    const shown = redactUrl(text);
    const value = shown === text && text.includes('@') ? '' : ` ${JSON.stringify(shown)}`;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${what}${value} is not an http:// or https:// URL`);
}


/***/ })

};
