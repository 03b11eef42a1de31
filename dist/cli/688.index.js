export const id = 688;
export const ids = [688];
export const modules = {

/***/ 88158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ diffTopic)
/* harmony export */ });
/* unused harmony export diffTopicFile */
/* harmony import */ var _util_own__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88996);
/* harmony import */ var _schema_compatibility__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24591);
/* harmony import */ var _schema_describe__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46134);
/* harmony import */ var _schema_diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34588);
/* harmony import */ var _schema_resolve__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8399);





const SCHEMA_PARTS = ['key', 'value'];
/** Throws `SchemaError` when a schema is not valid Avro. */
function diffTopic(before, after) {
    const changes = [];
    const broken = new Set();
    const incompatibilities = [];
    for (const part of SCHEMA_PARTS) {
        const old = before?.[part];
        const next = after?.[part];
        if (old === undefined && next === undefined)
            continue;
        if (old === undefined || next === undefined) {
            // A schema file appears (new topic, keys became structured): no Avro reader/writer pair to
            // judge. One that goes while the topic stays leaves its data with no schema at all: NONE.
            const described = (0,_schema_describe__WEBPACK_IMPORTED_MODULE_2__/* .describeType */ .M)((0,_schema_resolve__WEBPACK_IMPORTED_MODULE_3__/* .resolveSchema */ .uu)((old ?? next)));
            const dropped = next === undefined && after !== undefined;
            if (dropped)
                broken.add('BACKWARD').add('FORWARD');
            changes.push({
                path: part,
                kind: old === undefined ? 'added' : 'removed',
                before: old === undefined ? null : described,
                after: old === undefined ? described : null,
                breaks: dropped ? ['BACKWARD', 'FORWARD'] : [],
            });
            continue;
        }
        const diff = (0,_schema_diff__WEBPACK_IMPORTED_MODULE_1__/* .diffResolvedSchemas */ .Ig)((0,_schema_resolve__WEBPACK_IMPORTED_MODULE_3__/* .resolveSchema */ .uu)(old), (0,_schema_resolve__WEBPACK_IMPORTED_MODULE_3__/* .resolveSchema */ .uu)(next));
        for (const change of diff.changes)
            changes.push({ ...change, path: change.path === '' ? part : `${part}.${change.path}` });
        for (const direction of (0,_schema_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .brokenDirections */ .cy)(diff.verdict.level))
            broken.add(direction);
        for (const item of diff.verdict.backward.incompatibilities)
            incompatibilities.push({ schema: part, direction: 'BACKWARD', ...item });
        for (const item of diff.verdict.forward.incompatibilities)
            incompatibilities.push({ schema: part, direction: 'FORWARD', ...item });
    }
    const topicChanges = diffTopicFile(before?.topicFile, after?.topicFile);
    for (const change of topicChanges)
        for (const direction of change.breaks)
            broken.add(direction);
    changes.push(...topicChanges);
    return {
        compatibility: (0,_schema_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .levelOf */ .In)(!broken.has('BACKWARD'), !broken.has('FORWARD')),
        changes: (0,_schema_diff__WEBPACK_IMPORTED_MODULE_1__/* .sortChanges */ .gQ)(changes),
        incompatibilities,
    };
}
/** Attributes of topic.json in the order they are compared (other, user-owned ones follow by name). */
const TOPIC_ATTRIBUTES = ['partitions', 'replicationFactor', 'keyFormat', 'valueFormat'];
const FORMAT_ATTRIBUTES = new Set(['keyFormat', 'valueFormat']);
/** Field and config names are data (`__proto__`, `constructor`): only own properties are read. */
function diffTopicFile(before, after) {
    const changes = [];
    const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    names.delete('configs');
    const ordered = [...TOPIC_ATTRIBUTES.filter((name) => names.has(name)), ...[...names].filter((name) => !TOPIC_ATTRIBUTES.includes(name)).sort()];
    for (const name of ordered) {
        // A payload format change means consumers decoding the old format cannot read the new data, and
        // the reverse; an empty topic (nothing sampled) has no format to break.
        const old = (0,_util_own__WEBPACK_IMPORTED_MODULE_4__/* .ownValue */ .e)(before, name);
        const next = (0,_util_own__WEBPACK_IMPORTED_MODULE_4__/* .ownValue */ .e)(after, name);
        const formatChange = FORMAT_ATTRIBUTES.has(name) && old !== 'empty' && next !== 'empty';
        const breaks = formatChange ? ['BACKWARD', 'FORWARD'] : [];
        const change = valueChange(`topic.${name}`, old, next, breaks);
        if (change)
            changes.push(change);
    }
    const configNames = new Set([...Object.keys(before?.configs ?? {}), ...Object.keys(after?.configs ?? {})]);
    for (const name of [...configNames].sort()) {
        const change = valueChange(`topic.configs.${name}`, (0,_util_own__WEBPACK_IMPORTED_MODULE_4__/* .ownValue */ .e)(before?.configs, name), (0,_util_own__WEBPACK_IMPORTED_MODULE_4__/* .ownValue */ .e)(after?.configs, name), []);
        if (change)
            changes.push(change);
    }
    return changes;
}
function valueChange(path, before, after, breaks) {
    const beforeText = textOf(before);
    const afterText = textOf(after);
    if (beforeText === afterText)
        return undefined;
    const kind = beforeText === null ? 'added' : afterText === null ? 'removed' : 'changed';
    // Adding or dropping a format (first measurement, unreadable sample) is not a change of format.
    return { path, kind, before: beforeText, after: afterText, breaks: kind === 'changed' ? breaks : [] };
}
function textOf(value) {
    if (value === undefined)
        return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 91999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ fieldLines),
/* harmony export */   Dg: () => (/* binding */ STANDING_WORDS),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Pr: () => (/* binding */ sampleLine),
/* harmony export */   Rq: () => (/* binding */ topicFactsLine),
/* harmony export */   VY: () => (/* binding */ topicFileLines),
/* harmony export */   YP: () => (/* binding */ standingOf),
/* harmony export */   hM: () => (/* binding */ titleCounts),
/* harmony export */   k7: () => (/* binding */ byStanding),
/* harmony export */   rS: () => (/* binding */ evidenceText)
/* harmony export */ });
/* unused harmony exports durationWords, bytesWords */
/* harmony import */ var _util_natural_order__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54184);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65566);


/** Worst first: the order topics are listed in. */
const STANDING_RANK = { 'no-verdict': 0, 'breaks-both': 1, 'breaks-old': 2, 'breaks-new': 3, safe: 4, new: 5, vanished: 6 };
const STANDING_WORDS = {
    'no-verdict': '❓ no verdict',
    'breaks-both': '❌ breaks existing consumers and new readers',
    'breaks-old': '❌ breaks existing consumers',
    'breaks-new': '⚠️ breaks new readers of older records',
    safe: '✅ changed safely',
    new: '🆕 new topic',
    vanished: '🗑️ vanished',
};
function standingOf(kind, compatibility) {
    if (kind === 'new')
        return 'new';
    if (kind === 'removed')
        return 'vanished';
    switch (compatibility) {
        case undefined:
            return 'no-verdict';
        case 'NONE':
            return 'breaks-both';
        case 'BACKWARD':
            return 'breaks-old';
        case 'FORWARD':
            return 'breaks-new';
        default:
            return 'safe';
    }
}
/** Worst first, then natural name order. */
function byStanding(items, standing, name) {
    return [...items].sort((a, b) => STANDING_RANK[standing(a)] - STANDING_RANK[standing(b)] || (0,_util_natural_order__WEBPACK_IMPORTED_MODULE_0__/* .naturalCompare */ .p)(name(a), name(b)));
}
const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
/**
 * The headline: how many topics break which consumers, changed safely, are new, vanished; the
 * worst first, and only what is there ("nothing changed" when nothing is).
 */
function headline(standings, vanishedWord = 'vanished') {
    const count = (...which) => standings.filter((standing) => which.includes(standing)).length;
    const parts = [];
    const old = count('breaks-both', 'breaks-old');
    const fresh = count('breaks-both', 'breaks-new');
    if (count('no-verdict') > 0)
        parts.push(`❓ **${plural(count('no-verdict'), 'topic has', 'topics have')} no verdict** (a schema file does not parse)`);
    if (old > 0)
        parts.push(`❌ **${plural(old, 'topic breaks', 'topics break')} existing consumers** (old readers fail on what producers now write)`);
    if (fresh > 0)
        parts.push(`⚠️ **${plural(fresh, 'topic breaks', 'topics break')} new readers** (the new schema cannot read older records)`);
    if (count('safe') > 0)
        parts.push(`✅ ${plural(count('safe'), 'topic', 'topics')} changed safely`);
    if (count('new') > 0)
        parts.push(`🆕 ${plural(count('new'), 'new topic', 'new topics')}`);
    if (count('vanished') > 0)
        parts.push(`🗑️ ${plural(count('vanished'), 'topic', 'topics')} ${vanishedWord}`);
    return parts.length === 0 ? 'No topic changed.' : parts.join(' · ');
}
/** Short counts for a pull request title: `1 breaking, 2 changed, 1 new, 1 vanished`. */
function titleCounts(standings) {
    const count = (...which) => standings.filter((standing) => which.includes(standing)).length;
    const parts = [];
    const breaking = count('breaks-both', 'breaks-old', 'breaks-new', 'no-verdict');
    if (breaking > 0)
        parts.push(`${breaking} breaking`);
    if (count('safe') > 0)
        parts.push(`${count('safe')} changed`);
    if (count('new') > 0)
        parts.push(`${count('new')} new`);
    if (count('vanished') > 0)
        parts.push(`${count('vanished')} vanished`);
    return parts.join(', ');
}
const branchesOf = (type) => type === null
    ? []
    : type
        .split(' | ')
        .map((branch) => branch.trim())
        .filter((branch) => branch !== 'null');
const isNullable = (type) => type !== null && type.split(' | ').some((branch) => branch.trim() === 'null');
const article = (type) => (/^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`);
const typeList = (types) => types.map((type) => (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(type)).join(' | ');
/** The field as a reviewer names it: `amount`, `lines[].sku`, `key field id`, `the value`. */
function fieldName(path) {
    if (path === 'value')
        return 'the value';
    if (path === 'key')
        return 'the key';
    if (path.startsWith('value.'))
        return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(path.slice('value.'.length));
    return `key field ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(path.slice('key.'.length))}`;
}
function whatChanged(group) {
    const parts = [];
    const find = (kind) => group.changes.filter((change) => change.kind === kind);
    const nullability = find('nullability-changed')[0];
    const typeChange = [...find('type-changed'), ...find('widened')][0];
    if (nullability)
        parts.push(isNullable(nullability.after) ? 'became optional (null or left out)' : 'became required (never null)');
    if (typeChange) {
        const before = branchesOf(typeChange.before);
        const after = branchesOf(typeChange.after);
        const added = after.filter((type) => !before.includes(type));
        const removed = before.filter((type) => !after.includes(type));
        if (removed.length === 0 && added.length > 0)
            parts.push(`is now sometimes ${added.map((type) => article((0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(type))).join(' or ')}`);
        else if (added.length === 0 && removed.length > 0 && after.length > 0)
            parts.push(`narrowed to ${typeList(after)} (no longer ${typeList(removed)})`);
        else if (typeChange.kind === 'widened' && before.length === 1 && after.length === 1)
            parts.push(`widened from ${typeList(before)} to ${typeList(after)}`);
        else
            parts.push(`changed from ${typeList(before)} to ${typeList(after)}`);
    }
    for (const change of find('added'))
        parts.push(`is new (${typeList(branchesOf(change.after))}${isNullable(change.after) ? ', optional' : ''})`);
    for (const change of find('removed'))
        parts.push(`was removed (it was ${typeList(branchesOf(change.before))})`);
    for (const change of find('renamed'))
        parts.push(`was renamed from ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(change.before ?? '')}`);
    const symbolsAdded = find('symbol-added').map((change) => (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(change.after ?? ''));
    const symbolsRemoved = find('symbol-removed').map((change) => (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(change.before ?? ''));
    if (symbolsAdded.length > 0)
        parts.push(`gained the symbol(s) ${symbolsAdded.join(', ')}`);
    if (symbolsRemoved.length > 0)
        parts.push(`lost the symbol(s) ${symbolsRemoved.join(', ')}`);
    // A default that comes with the field becoming optional is that same change, not another one.
    if (!nullability || !isNullable(nullability.after)) {
        for (const change of find('default-changed'))
            parts.push(change.before === null ? 'got a default' : change.after === null ? 'lost its default' : 'has a new default');
    }
    if (find('doc-changed').length > 0)
        parts.push('has a new doc');
    if (find('changed').length > 0 && parts.length === 0)
        parts.push('changed');
    return parts;
}
function consequence(group) {
    const typeChange = group.changes.find((change) => change.kind === 'type-changed' || change.kind === 'widened');
    const said = [];
    if (group.breaksOld) {
        if (typeChange)
            said.push(`consumers that decode it as ${typeList(branchesOf(typeChange.before))} fail`);
        else if (group.changes.some((change) => change.kind === 'nullability-changed'))
            said.push('consumers that expect it always set fail');
        else if (group.changes.some((change) => change.kind === 'removed'))
            said.push('consumers that need it fail (it has no default)');
        else
            said.push('existing consumers fail on the new records');
    }
    if (group.breaksNew) {
        said.push(group.changes.some((change) => change.kind === 'added')
            ? 'new readers fail on older records, which lack it (no default)'
            : 'new readers cannot read older records');
    }
    return said.length === 0 ? 'safe for consumers' : said.join('; ');
}
const TYPE_ORDER = ['string', 'number', 'boolean', 'object', 'array', 'null'];
/** `present in 97 of 100; string 3, number 94, null 3`, or that the sample did not see it. */
function evidenceText(evidence, path) {
    if (evidence === undefined || !path.startsWith('value.'))
        return undefined;
    const field = evidence.fields.find((item) => item.path === path.slice('value.'.length));
    if (field === undefined)
        return undefined;
    if (field.present === 0)
        return `not seen in the last ${plural(evidence.records, 'record', 'records')}; kept from the committed schema`;
    const types = TYPE_ORDER.filter((type) => field.types[type] > 0).map((type) => `${type} ${field.types[type]}`);
    return `present in ${field.present} of ${field.of}${types.length > 0 ? `; ${types.join(', ')}` : ''}`;
}
/** One line per changed key or value field, worst first, then natural path order. */
function fieldLines(changes, evidence) {
    const groups = new Map();
    for (const change of changes) {
        if (change.path.startsWith('topic.'))
            continue;
        let group = groups.get(change.path);
        if (!group)
            groups.set(change.path, (group = { path: change.path, changes: [], breaksOld: false, breaksNew: false }));
        group.changes.push(change);
        group.breaksOld ||= change.breaks.includes('FORWARD');
        group.breaksNew ||= change.breaks.includes('BACKWARD');
    }
    const rank = (group) => (group.breaksOld ? 0 : group.breaksNew ? 1 : 2);
    return [...groups.values()]
        .sort((a, b) => rank(a) - rank(b) || (0,_util_natural_order__WEBPACK_IMPORTED_MODULE_0__/* .naturalCompare */ .p)(a.path, b.path))
        .map((group) => {
        const mark = group.breaksOld || group.breaksNew ? '❌' : '✅';
        const seen = evidenceText(evidence, group.path);
        return `${mark} ${fieldName(group.path)} ${whatChanged(group).join(' and ')}: ${consequence(group)}.${seen ? ` <sub>${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(seen)}</sub>` : ''}`;
    });
}
// ---- topic.json ----
/** `7 days`, `1 day`, `36 hours`, `forever` (-1); other values as given. */
function durationWords(ms) {
    if (ms === null)
        return 'unset';
    const value = Number(ms);
    if (!Number.isFinite(value))
        return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(ms);
    if (value < 0)
        return 'forever';
    const units = [
        [86_400_000, 'day'],
        [3_600_000, 'hour'],
        [60_000, 'minute'],
        [1000, 'second'],
    ];
    for (const [size, unit] of units)
        if (value >= size && value % size === 0)
            return plural(value / size, unit, `${unit}s`);
    return `${value} ms`;
}
/** `1 GiB`, `500 MiB`, `unlimited` (-1). */
function bytesWords(bytes) {
    if (bytes === null)
        return 'unset';
    const value = Number(bytes);
    if (!Number.isFinite(value))
        return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(bytes);
    if (value < 0)
        return 'unlimited';
    for (const [size, unit] of [
        [2 ** 30, 'GiB'],
        [2 ** 20, 'MiB'],
        [2 ** 10, 'KiB'],
    ])
        if (value >= size && value % size === 0)
            return `${value / size} ${unit}`;
    return `${value} bytes`;
}
const text = (value) => (value === null ? 'unset' : (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(value));
/** topic.json of a pull request is anyone's text: escaped even where a number belongs. */
const plain = (value) => (value === null ? 'unset' : (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(value));
/**
 * topic.json changes in words: partitions (per-key ordering), formats (who fails), retention and
 * cleanup policy by name; the other configs and attributes folded into one line each.
 */
function topicFileLines(changes, keyed) {
    const first = [];
    const lines = [];
    const otherConfigs = [];
    const otherAttributes = [];
    for (const change of changes) {
        if (!change.path.startsWith('topic.'))
            continue;
        const name = change.path.slice('topic.'.length);
        if (name === 'partitions') {
            const ordering = keyed ? ': per-key ordering breaks for records in flight (a key’s new records can land on another partition than its older ones)' : '';
            first.push(`⚠️ partitions ${plain(change.before)} → ${plain(change.after)}${ordering}.`);
        }
        else if (name === 'keyFormat' || name === 'valueFormat') {
            const part = name === 'keyFormat' ? 'key' : 'value';
            const breaks = change.breaks.length > 0 ? `: consumers that decode ${part}s as ${text(change.before)} fail` : '';
            first.push(`${breaks ? '❌' : '✅'} ${part} format ${text(change.before)} → ${text(change.after)}${breaks}.`);
        }
        else if (name === 'replicationFactor')
            lines.push(`replication factor ${plain(change.before)} → ${plain(change.after)}.`);
        else if (name === 'configs.retention.ms')
            lines.push(`retention ${durationWords(change.before)} → ${durationWords(change.after)}.`);
        else if (name === 'configs.retention.bytes')
            lines.push(`retention by size ${bytesWords(change.before)} → ${bytesWords(change.after)}.`);
        else if (name === 'configs.cleanup.policy')
            lines.push(`cleanup policy ${text(change.before)} → ${text(change.after)}.`);
        else if (name.startsWith('configs.'))
            otherConfigs.push(`${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(name.slice('configs.'.length))} ${text(change.before)} → ${text(change.after)}`);
        else
            otherAttributes.push((0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(name));
    }
    if (otherConfigs.length > 0)
        lines.push(`other configs: ${otherConfigs.join(', ')}.`);
    if (otherAttributes.length > 0)
        lines.push(`${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)('topic.json')} ${otherAttributes.join(', ')} changed.`);
    return [...first, ...lines];
}
/** A new topic's metadata on one line: partitions, formats, retention, cleanup policy, other configs. */
function topicFactsLine(facts) {
    const parts = [];
    if (facts.partitions !== undefined)
        parts.push(plural(facts.partitions, 'partition', 'partitions'));
    if (facts.replicationFactor !== undefined)
        parts.push(`replication factor ${facts.replicationFactor}`);
    if (facts.keyFormat !== undefined)
        parts.push(`key ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(facts.keyFormat)}`);
    if (facts.valueFormat !== undefined)
        parts.push(`value ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(facts.valueFormat)}`);
    const configs = facts.configs ?? {};
    const own = (name) => (Object.hasOwn(configs, name) ? configs[name] : null);
    if (own('cleanup.policy') !== null)
        parts.push(`cleanup policy ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(own('cleanup.policy'))}`);
    if (own('retention.ms') !== null)
        parts.push(`retention ${durationWords(own('retention.ms'))}`);
    if (own('retention.bytes') !== null)
        parts.push(`retention by size ${bytesWords(own('retention.bytes'))}`);
    const rest = Object.keys(configs)
        .filter((name) => !['cleanup.policy', 'retention.ms', 'retention.bytes'].includes(name))
        .sort(_util_natural_order__WEBPACK_IMPORTED_MODULE_0__/* .naturalCompare */ .p)
        .map((name) => `${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(name)}=${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(configs[name])}`);
    if (rest.length > 0)
        parts.push(`configs ${rest.join(', ')}`);
    return parts.join(' · ');
}
/** `300 records from partition 0 offsets 200–299, …; written 2026-12-06 10:00:00Z – 12:00:00Z`. */
function sampleLine(evidence, partitionsShown = 4) {
    const ranges = evidence.partitions.slice(0, partitionsShown).map((range) => `partition ${range.partition} offsets ${range.first}–${range.last}`);
    const more = evidence.partitions.length - partitionsShown;
    if (more > 0)
        ranges.push(`and ${plural(more, 'more partition', 'more partitions')}`);
    const time = (ms) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
    const when = evidence.from === undefined ? '' : `; written ${time(evidence.from)} – ${time(evidence.to ?? evidence.from)}`;
    return `Sampled ${plural(evidence.records, 'record', 'records')}${ranges.length > 0 ? ` (${ranges.join(', ')})` : ''}${when}.`;
}


/***/ }),

/***/ 2340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   uA: () => (/* binding */ irregularEntryKind)
/* harmony export */ });
/* unused harmony exports REGULAR_FILE_MODES, readFolder, readBlobText, branchHead */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The SHA-1 git gives a file with this content (`git hash-object`). */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Git's modes of a regular file; anything else below a folder is a link or a submodule. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** What a tree entry that is neither a regular file nor a folder is, in words. */
function irregularEntryKind(mode, type) {
    if (type === 'tree')
        return undefined;
    if (type === 'blob' && REGULAR_FILE_MODES.has(mode))
        return undefined;
    if (mode === '120000')
        return 'a symbolic link';
    if (mode === '160000' || type === 'commit')
        return 'a submodule';
    return `not a regular file (mode ${mode})`;
}
/** Reads one folder of a commit with a request per path segment plus one recursive listing. */
async function readFolder(client, repo, commitSha, folder) {
    const { data: commit } = await client.rest.git.getCommit({ ...repo, commit_sha: commitSha });
    const snapshot = {
        commitSha,
        treeSha: commit.tree.sha,
        parents: commit.parents.map((parent) => parent.sha),
        siblings: [],
        files: new Map(),
        sizes: new Map(),
        irregular: new Map(),
    };
    let treeSha = commit.tree.sha;
    for (const segment of folder.split('/').filter(Boolean)) {
        const listing = (await client.rest.git.getTree({ ...repo, tree_sha: treeSha })).data;
        const items = listing.tree.map((item) => ({ name: item.path ?? '', mode: item.mode ?? '', type: item.type ?? '', sha: item.sha ?? '' }));
        snapshot.siblings.push(items.filter((item) => item.name !== segment));
        const entry = items.find((item) => item.name === segment);
        if (entry === undefined)
            return snapshot;
        if (entry.type !== 'tree') {
            snapshot.irregular.set('', `${irregularEntryKind(entry.mode, entry.type) ?? 'a file'} at ${folder.split('/').slice(0, snapshot.siblings.length).join('/')}, not a folder`);
            return snapshot;
        }
        treeSha = entry.sha;
    }
    const { data: tree } = await client.rest.git.getTree({ ...repo, tree_sha: treeSha, recursive: 'true' });
    if (tree.truncated)
        throw new Error(`the tree of ${folder} is too large for one listing (GitHub truncated it)`);
    for (const item of tree.tree) {
        if (item.path === undefined || item.sha === undefined)
            continue;
        const irregular = irregularEntryKind(item.mode ?? '', item.type ?? '');
        if (irregular !== undefined) {
            snapshot.irregular.set(item.path, irregular);
        }
        else if (item.type === 'blob') {
            snapshot.files.set(item.path, item.sha);
            if (item.size !== undefined)
                snapshot.sizes.set(item.path, item.size);
        }
    }
    return snapshot;
}
async function readBlobText(client, repo, sha) {
    const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}
async function branchHead(client, repo, branch) {
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 46530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ topicImpactBlock),
/* harmony export */   l5: () => (/* binding */ orderTopics),
/* harmony export */   nE: () => (/* binding */ renderImpactSections),
/* harmony export */   qh: () => (/* binding */ standingOfDetails)
/* harmony export */ });
/* harmony import */ var _util_natural_order__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54184);
/* harmony import */ var _change_words__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91999);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65566);



/** Lines of one topic shown before "and N more". */
const LINES_PER_TOPIC = 25;
function standingOfDetails(details) {
    if (details.diffError !== undefined)
        return 'no-verdict';
    return (0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .standingOf */ .YP)(details.kind, details.diff?.compatibility);
}
/** New and changed topics, worst first, then natural name order (vanished ones are listed apart). */
function orderTopics(topics) {
    return (0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .byStanding */ .k7)(topics, standingOfDetails, (topic) => topic.topic);
}
function capped(lines, more) {
    if (lines.length <= LINES_PER_TOPIC)
        return lines;
    return [...lines.slice(0, LINES_PER_TOPIC), more(lines.length - LINES_PER_TOPIC)];
}
function newTopicBlock(details, evidence) {
    const facts = (0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .topicFactsLine */ .Rq)(details);
    let block = facts === '' ? '' : `${facts}\n\n`;
    const fields = [...(details.valueFields ?? [])].sort((a, b) => (0,_util_natural_order__WEBPACK_IMPORTED_MODULE_0__/* .naturalCompare */ .p)(a.path, b.path));
    if (fields.length === 0)
        return block;
    block += '| Field | Type | Optional | In the sample |\n| --- | --- | --- | --- |\n';
    const rows = fields.map((field) => `| ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(field.path)} | ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(field.type)} | ${field.optional ? 'yes' : 'no'} | ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .evidenceText */ .rS)(evidence, `value.${field.path}`) ?? '–')} |`);
    block += `${capped(rows, (left) => `\n… and ${left} more field(s), in its ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)('value.avsc')}.`).join('\n')}\n`;
    return block;
}
/** Markdown of one topic: heading with its standing, the sample line, then one line per change in words. */
function topicImpactBlock(details, evidence) {
    const standing = standingOfDetails(details);
    let block = `##### ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(details.topic)}: ${_change_words__WEBPACK_IMPORTED_MODULE_1__/* .STANDING_WORDS */ .Dg[standing]}${details.diff && details.kind !== 'new' ? ` (compatibility ${details.diff.compatibility})` : ''}\n\n`;
    if (details.diffError !== undefined)
        return `${block}No verdict: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(details.diffError)}.\n\n`;
    if (evidence)
        block += `${(0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .sampleLine */ .Pr)(evidence)}\n\n`;
    if (details.kind === 'new')
        return `${block}${newTopicBlock(details, evidence)}\n`;
    const changes = details.diff?.changes ?? [];
    const keyed = details.keyFormat !== undefined && details.keyFormat !== 'none';
    const lines = [...(0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .fieldLines */ .AI)(changes, evidence), ...(0,_change_words__WEBPACK_IMPORTED_MODULE_1__/* .topicFileLines */ .VY)(changes, keyed)];
    if (lines.length === 0)
        return `${block}No schema change.\n\n`;
    return `${block}${capped(lines, (left) => `… and ${left} more change(s), in the full change table below.`)
        .map((line) => `- ${line}\n`)
        .join('')}\n`;
}
/** The new and changed topics' blocks, worst first, within `budget` characters ("N more" when cut). */
function renderImpactSections(topics, evidence, budget) {
    const blocks = orderTopics(topics.filter((topic) => topic.kind !== 'removed')).map((topic) => topicImpactBlock(topic, evidence?.get(topic.topic)));
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .fitLines */ .RV)(blocks, budget, 'topic(s)');
}


/***/ }),

/***/ 65566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DK: () => (/* binding */ BODY_BUDGET),
/* harmony export */   FV: () => (/* reexport safe */ _schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__.FV),
/* harmony export */   RV: () => (/* binding */ fitLines),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* reexport safe */ _schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__.ti),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* harmony import */ var _schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29117);


/** What we allow ourselves of GitHub's 65,536-character cap, leaving room for its own counting. */
const BODY_BUDGET = _schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._4 - 536;
/** A hidden HTML comment to find our own issue or pull request again; the name parts are already safe. */
function hiddenMarker(kind, cluster) {
    return `<!-- kafka-schema-scout:${kind} cluster=${cluster} -->`;
}
/** A Markdown link whose text is escaped and whose URL cannot close the link early. */
function link(text, url) {
    return `[${(0,_schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text)}](${url.replace(/[()<>\s]/g, (char) => encodeURIComponent(char))})`;
}
/**
 * Joins lines (each ending in a newline) while they fit in `budget` characters; when some do
 * not, the rest are left out and a note says how many `things` were left out.
 */
function fitLines(lines, budget, things) {
    const note = (left) => `\n> [!NOTE]\n> ${left} more ${things} not shown: GitHub caps a body at ${_schema_render_markdown__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._4.toLocaleString('en-US')} characters.\n`;
    const reserve = note(lines.length).length;
    let text = '';
    let shown = 0;
    for (const line of lines) {
        if (text.length + line.length + reserve > budget)
            break;
        text += line;
        shown += 1;
    }
    return shown === lines.length ? text : `${text}${note(lines.length - shown)}`;
}
/** The last resort: cut text to `budget` characters with a visible note. */
function clip(text, budget) {
    if (text.length <= budget)
        return text;
    const note = '\n\n…(truncated to fit GitHub’s size limit)\n';
    return `${text.slice(0, Math.max(0, budget - note.length))}${note}`;
}


/***/ }),

/***/ 54184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ naturalCompare)
/* harmony export */ });
/**
 * Natural order for names people read in lists (`k2` before `k10`): digit runs compare by value.
 * Ties of the collator (case, accents) fall back to code units, so the order never depends on
 * the machine's locale and equal-looking names still sort the same way every run.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function naturalCompare(a, b) {
    return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ })

};
