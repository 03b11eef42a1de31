export const id = 362;
export const ids = [362];
export const modules = {

/***/ 24591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ parseRequiredLevel),
/* harmony export */   In: () => (/* binding */ levelOf),
/* harmony export */   N7: () => (/* binding */ schemaNamesMatch),
/* harmony export */   Yj: () => (/* binding */ lookupWriterField),
/* harmony export */   cy: () => (/* binding */ brokenDirections),
/* harmony export */   eo: () => (/* binding */ satisfiesLevel),
/* harmony export */   gW: () => (/* binding */ strictestLevel),
/* harmony export */   jk: () => (/* binding */ checkResolvedReaderWriter),
/* harmony export */   kG: () => (/* binding */ compatibilityOf)
/* harmony export */ });
/* unused harmony exports checkReaderWriter, REQUIRED_LEVELS */

const COMPATIBLE = { verdict: 'COMPATIBLE', incompatibilities: [] };
const RECURSION_IN_PROGRESS = { verdict: 'RECURSION_IN_PROGRESS', incompatibilities: [] };
function merged(result, other) {
    return {
        verdict: result.verdict === 'COMPATIBLE' ? other.verdict : 'INCOMPATIBLE',
        incompatibilities: [...result.incompatibilities, ...other.incompatibilities],
    };
}
/** Java's location rendering: the root token is dropped, tokens are JSON-pointer escaped. */
function pointer(location) {
    return `/${location
        .slice(1)
        .map((token) => token.replaceAll('~', '~0').replaceAll('/', '~1'))
        .join('/')}`;
}
function incompatible(type, message, location) {
    return { verdict: 'INCOMPATIBLE', incompatibilities: [{ type, location: pointer(location), message }] };
}
/** Java's `Schema.Type` names, used in its messages. */
function typeName(schema) {
    return schema.type.toUpperCase();
}
/** Names match unqualified, or the reader lists the writer's full name among its aliases. */
function schemaNamesMatch(reader, writer) {
    return reader.name === writer.name || reader.aliases.includes(writer.fullName);
}
/** The writer field a reader field reads from: same name, or one of the reader field's aliases. */
function lookupWriterField(writer, readerField) {
    const matches = [];
    const direct = writer.fields.find((field) => field.name === readerField.name);
    if (direct)
        matches.push(direct);
    for (const alias of new Set(readerField.aliases)) {
        const aliased = writer.fields.find((field) => field.name === alias);
        if (aliased)
            matches.push(aliased);
    }
    if (matches.length > 1)
        throw new Error(`Reader record field ${readerField.name} matches multiple fields in writer record schema ${writer.fullName}`);
    return matches[0];
}
class ReaderWriterChecker {
    memo = new Map();
    /** `at`: pointer tokens of the reader node within its schema; empty for a whole schema. */
    check(reader, writer, at = []) {
        const last = at[at.length - 1];
        if (last === undefined)
            return this.compatibility('', reader, writer, []);
        return this.compatibility(last, reader, writer, ['', ...at.slice(0, -1)]);
    }
    compatibility(token, reader, writer, location) {
        location.push(token);
        let byWriter = this.memo.get(reader);
        if (!byWriter)
            this.memo.set(reader, (byWriter = new Map()));
        let result = byWriter.get(writer);
        if (result) {
            // A pair met again while still being checked: compatible unless proven otherwise elsewhere.
            if (result.verdict === 'RECURSION_IN_PROGRESS')
                result = COMPATIBLE;
        }
        else {
            byWriter.set(writer, RECURSION_IN_PROGRESS);
            result = this.calculate(reader, writer, location);
            byWriter.set(writer, result);
        }
        location.pop();
        return result;
    }
    calculate(reader, writer, location) {
        let result = COMPATIBLE;
        if (reader.type === writer.type) {
            switch (reader.type) {
                case 'array':
                    return merged(result, this.compatibility('items', reader.items, writer.items, location));
                case 'map':
                    return merged(result, this.compatibility('values', reader.values, writer.values, location));
                case 'fixed': {
                    const fixedWriter = writer;
                    result = merged(result, this.names(reader, fixedWriter, location));
                    return merged(result, this.fixedSize(reader, fixedWriter, location));
                }
                case 'enum': {
                    const enumWriter = writer;
                    result = merged(result, this.names(reader, enumWriter, location));
                    return merged(result, this.enumSymbols(reader, enumWriter, location));
                }
                case 'record': {
                    const recordWriter = writer;
                    result = merged(result, this.names(reader, recordWriter, location));
                    return merged(result, this.recordFields(reader, recordWriter, location));
                }
                case 'union': {
                    writer.branches.forEach((writerBranch, index) => {
                        location.push(String(index));
                        // Java checks each branch from a fresh location (its two-argument overload) and keeps only the verdict.
                        if (this.check(reader, writerBranch).verdict === 'INCOMPATIBLE') {
                            result = merged(result, incompatible('MISSING_UNION_BRANCH', `reader union lacking writer type: ${typeName(writerBranch)}`, location));
                        }
                        location.pop();
                    });
                    return result;
                }
                default:
                    return result;
            }
        }
        if (writer.type === 'union') {
            writer.branches.forEach((branch, index) => {
                result = merged(result, this.compatibility(String(index), reader, branch, location));
            });
            return result;
        }
        switch (reader.type) {
            case 'long':
                return writer.type === 'int' ? result : merged(result, this.typeMismatch(reader, writer, location));
            case 'float':
                return writer.type === 'int' || writer.type === 'long' ? result : merged(result, this.typeMismatch(reader, writer, location));
            case 'double':
                return writer.type === 'int' || writer.type === 'long' || writer.type === 'float'
                    ? result
                    : merged(result, this.typeMismatch(reader, writer, location));
            case 'bytes':
                return writer.type === 'string' ? result : merged(result, this.typeMismatch(reader, writer, location));
            case 'string':
                return writer.type === 'bytes' ? result : merged(result, this.typeMismatch(reader, writer, location));
            case 'union': {
                for (const readerBranch of reader.branches) {
                    if (this.check(readerBranch, writer).verdict === 'COMPATIBLE')
                        return result;
                }
                return merged(result, incompatible('MISSING_UNION_BRANCH', `reader union lacking writer type: ${typeName(writer)}`, location));
            }
            default:
                return merged(result, this.typeMismatch(reader, writer, location));
        }
    }
    recordFields(reader, writer, location) {
        let result = COMPATIBLE;
        location.push('fields');
        reader.fields.forEach((readerField, position) => {
            location.push(String(position));
            const writerField = lookupWriterField(writer, readerField);
            if (!writerField) {
                if (!readerField.hasDefault) {
                    if (readerField.type.type === 'enum' && readerField.type.default !== undefined) {
                        // Java's rule, verbatim: the reader's enum is checked against the writer *record*.
                        result = merged(result, this.compatibility('type', readerField.type, writer, location));
                    }
                    else {
                        result = merged(result, incompatible('READER_FIELD_MISSING_DEFAULT_VALUE', readerField.name, location));
                    }
                }
            }
            else {
                result = merged(result, this.compatibility('type', readerField.type, writerField.type, location));
            }
            location.pop();
        });
        location.pop();
        return result;
    }
    enumSymbols(reader, writer, location) {
        let result = COMPATIBLE;
        location.push('symbols');
        const missing = [...new Set(writer.symbols)].filter((symbol) => !reader.symbols.includes(symbol)).sort(javaStringOrder);
        if (missing.length > 0 && !(reader.default !== undefined && reader.symbols.includes(reader.default))) {
            result = incompatible('MISSING_ENUM_SYMBOLS', `[${missing.join(', ')}]`, location);
        }
        location.pop();
        return result;
    }
    fixedSize(reader, writer, location) {
        let result = COMPATIBLE;
        location.push('size');
        if (reader.size !== writer.size) {
            result = incompatible('FIXED_SIZE_MISMATCH', `expected: ${writer.size}, found: ${reader.size}`, location);
        }
        location.pop();
        return result;
    }
    names(reader, writer, location) {
        let result = COMPATIBLE;
        location.push('name');
        if (!schemaNamesMatch(reader, writer))
            result = incompatible('NAME_MISMATCH', `expected: ${writer.fullName}`, location);
        location.pop();
        return result;
    }
    typeMismatch(reader, writer, location) {
        return incompatible('TYPE_MISMATCH', `reader type: ${typeName(reader)} not compatible with writer type: ${typeName(writer)}`, location);
    }
}
/** Java's `String.compareTo` (UTF-16 code units), which `TreeSet` uses for the missing symbols. */
function javaStringOrder(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function resolved(schema, resolvedAlready) {
    return resolvedAlready ? schema : resolveSchema(schema);
}
/** Can data written with `writer` be read with `reader`? Throws `SchemaError` for invalid schemas. */
function checkReaderWriter(reader, writer) {
    return checkResolvedReaderWriter(resolved(reader, false), resolved(writer, false));
}
/**
 * The same check on resolved schemas. `location` is where the reader node sits in its schema (JSON
 * pointer tokens), so nested checks report locations as a whole-schema check would.
 */
function checkResolvedReaderWriter(reader, writer, location = []) {
    const result = new ReaderWriterChecker().check(reader, writer, location);
    return { compatible: result.verdict !== 'INCOMPATIBLE', incompatibilities: result.incompatibilities };
}
/** The Schema Registry level an evolution from `before` to `after` satisfies. */
function compatibilityOf(before, after) {
    const backward = checkResolvedReaderWriter(after, before);
    const forward = checkResolvedReaderWriter(before, after);
    return { level: levelOf(backward.compatible, forward.compatible), backward, forward };
}
function levelOf(backward, forward) {
    if (backward && forward)
        return 'FULL';
    if (backward)
        return 'BACKWARD';
    if (forward)
        return 'FORWARD';
    return 'NONE';
}
/** The levels Schema Registry accepts; the `_TRANSITIVE` variants mean the plain level for one pair. */
const REQUIRED_LEVELS = ['NONE', 'BACKWARD', 'FORWARD', 'FULL', 'BACKWARD_TRANSITIVE', 'FORWARD_TRANSITIVE', 'FULL_TRANSITIVE'];
function parseRequiredLevel(text) {
    const upper = text.trim().toUpperCase();
    if (!REQUIRED_LEVELS.includes(upper))
        return undefined;
    return upper.replace(/_TRANSITIVE$/, '');
}
/** Does an evolution with level `actual` meet the `required` level? */
function satisfiesLevel(actual, required) {
    if (required === 'NONE' || actual === 'FULL')
        return true;
    return actual === required;
}
/** The level that asks for every direction any of `levels` asks for (BACKWARD and FORWARD together: FULL). */
function strictestLevel(...levels) {
    const needs = (direction) => levels.some((level) => level === 'FULL' || level === direction);
    return levelOf(needs('BACKWARD'), needs('FORWARD'));
}
/** The directions in which a level fails. */
function brokenDirections(level) {
    if (level === 'FULL')
        return [];
    if (level === 'BACKWARD')
        return ['FORWARD'];
    if (level === 'FORWARD')
        return ['BACKWARD'];
    return ['BACKWARD', 'FORWARD'];
}


/***/ }),

/***/ 46134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeType),
/* harmony export */   Z: () => (/* binding */ describeDefault)
/* harmony export */ });
/**
 * A short, human-readable type: `long`, `long (timestamp-millis)`, `null | string`, `array<int>`,
 * `map<record com.acme.Address>`, `enum Color`, `fixed Md5(16)`. Named types show their name only,
 * so recursive schemas terminate and a description stays one line.
 */
function describeType(schema) {
    switch (schema.type) {
        case 'record':
            return `record ${schema.fullName}`;
        case 'enum':
            return `enum ${schema.fullName}`;
        case 'fixed':
            return `fixed ${schema.fullName}(${schema.size})${schema.logicalType ? ` (${schema.logicalType})` : ''}`;
        case 'array':
            return `array<${describeType(schema.items)}>`;
        case 'map':
            return `map<${describeType(schema.values)}>`;
        case 'union':
            return schema.branches.map(describeType).join(' | ');
        default:
            return schema.logicalType ? `${schema.type} (${schema.logicalType})` : schema.type;
    }
}
/** A default value as it reads in the schema (JSON); `undefined` when there is none. */
function describeDefault(hasDefault, value) {
    return hasDefault ? JSON.stringify(value) : null;
}


/***/ }),

/***/ 34588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ diffResolvedSchemas),
/* harmony export */   gQ: () => (/* binding */ sortChanges)
/* harmony export */ });
/* unused harmony export diffSchemas */
/* harmony import */ var _compatibility__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24591);
/* harmony import */ var _describe__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46134);



/** Diffs two schemas in JSON form; throws `SchemaError` if either is not valid Avro. */
function diffSchemas(before, after) {
    return diffResolvedSchemas(resolveSchema(before), resolveSchema(after));
}
function diffResolvedSchemas(before, after) {
    const walker = new DiffWalker();
    walker.node(before, after, '');
    return { changes: sortChanges(walker.changes), verdict: (0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .compatibilityOf */ .kG)(before, after) };
}
const KIND_ORDER = [
    'removed',
    'added',
    'renamed',
    'changed',
    'type-changed',
    'widened',
    'nullability-changed',
    'symbol-removed',
    'symbol-added',
    'default-changed',
    'doc-changed',
];
/** Path order (so nested changes follow their parent), then a fixed kind order, then values. */
function sortChanges(changes) {
    const text = (value) => value ?? '';
    return [...changes].sort((a, b) => compareText(a.path, b.path) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        compareText(text(a.before), text(b.before)) ||
        compareText(text(a.after), text(b.after)));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function fieldPath(parent, name) {
    return parent === '' ? name : `${parent}.${name}`;
}
/** The directions in which the new schema `after` and the old `before` fail to read each other. */
function brokenBetween(before, after) {
    const breaks = [];
    if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .checkResolvedReaderWriter */ .jk)(after, before).compatible)
        breaks.push('BACKWARD');
    if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .checkResolvedReaderWriter */ .jk)(before, after).compatible)
        breaks.push('FORWARD');
    return breaks;
}
function nonNullBranches(schema) {
    return schema.type === 'union' ? schema.branches.filter((branch) => branch.type !== 'null') : [schema];
}
function isNullable(schema) {
    return schema.type === 'union' && schema.branches.some((branch) => branch.type === 'null');
}
function branchLabel(schema) {
    return 'name' in schema && typeof schema.name === 'string' ? schema.name : schema.type;
}
function sameBranch(before, after) {
    if ('fullName' in before && 'fullName' in after) {
        return before.type === after.type && (before.fullName === after.fullName || (0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .schemaNamesMatch */ .N7)(after, before));
    }
    return before.type === after.type && !('fullName' in before) && !('fullName' in after);
}
const NUMERIC_WIDENINGS = {
    int: ['long', 'float', 'double'],
    long: ['float', 'double'],
    float: ['double'],
};
class DiffWalker {
    changes = [];
    visited = new Map();
    /**
     * Directions in which the current node is read at all. Under a field that old readers do not find
     * in new data (they use their default), nothing below can break FORWARD.
     */
    active = ['BACKWARD', 'FORWARD'];
    add(path, kind, before, after, breaks) {
        this.changes.push({ path, kind, before, after, breaks: breaks.filter((direction) => this.active.includes(direction)) });
    }
    node(before, after, path) {
        const beforeRest = nonNullBranches(before);
        const afterRest = nonNullBranches(after);
        const nullableBefore = isNullable(before);
        const nullableAfter = isNullable(after);
        if (nullableBefore !== nullableAfter && beforeRest.length > 0 && afterRest.length > 0) {
            // Adding null: old readers without a null branch fail on new nulls; removing it: the reverse.
            this.add(path, 'nullability-changed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), [nullableAfter ? 'FORWARD' : 'BACKWARD']);
        }
        const [onlyBefore] = beforeRest;
        const [onlyAfter] = afterRest;
        if (beforeRest.length === 1 && afterRest.length === 1 && onlyBefore && onlyAfter) {
            this.core(onlyBefore, onlyAfter, path);
        }
        else if (beforeRest.length === 0 || afterRest.length === 0) {
            if (beforeRest.length !== afterRest.length) {
                this.add(path, 'type-changed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), brokenBetween(before, after));
            }
        }
        else {
            this.unionBranches(before, after, beforeRest, afterRest, path);
        }
    }
    /** Unions with several non-null branches: one change for the branch set, then into matching branches. */
    unionBranches(before, after, beforeRest, afterRest, path) {
        const pairs = [];
        const removed = [];
        const added = new Set(afterRest);
        for (const branch of beforeRest) {
            const match = afterRest.find((candidate) => added.has(candidate) && sameBranch(branch, candidate));
            if (match) {
                pairs.push([branch, match]);
                added.delete(match);
            }
            else
                removed.push(branch);
        }
        if (removed.length > 0 || added.size > 0) {
            const breaks = new Set();
            // A removed branch breaks BACKWARD when no new branch reads it; an added one breaks FORWARD when no old branch does.
            for (const branch of removed)
                if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .checkResolvedReaderWriter */ .jk)(after, branch).compatible)
                    breaks.add('BACKWARD');
            for (const branch of added)
                if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .checkResolvedReaderWriter */ .jk)(before, branch).compatible)
                    breaks.add('FORWARD');
            const kind = removed.length === 0 ? 'widened' : 'type-changed';
            this.add(path, kind, (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), orderDirections(breaks));
        }
        const single = pairs.length === 1 && beforeRest.length === 1 && afterRest.length === 1;
        for (const [branchBefore, branchAfter] of pairs) {
            this.core(branchBefore, branchAfter, single ? path : `${path}(${branchLabel(branchAfter)})`);
        }
    }
    core(before, after, path) {
        if (before.type !== after.type)
            return this.typeChange(before, after, path);
        switch (before.type) {
            case 'array':
                return this.node(before.items, after.items, `${path}[]`);
            case 'map':
                return this.node(before.values, after.values, `${path}{}`);
            case 'record':
            case 'enum':
            case 'fixed': {
                const afterNamed = after;
                if (this.seen(before, afterNamed))
                    return;
                this.named(before, afterNamed, path);
                if (before.type === 'record')
                    return this.record(before, after, path);
                if (before.type === 'enum')
                    return this.enumSymbols(before, after, path);
                if (before.size !== after.size) {
                    this.add(path, 'type-changed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), ['BACKWARD', 'FORWARD']);
                }
                return;
            }
            case 'union':
                return; // a union directly inside a union is not valid Avro
            default:
                if (before.logicalType !== after.logicalType) {
                    this.add(path, 'type-changed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), []);
                }
        }
    }
    typeChange(before, after, path) {
        const breaks = brokenBetween(before, after);
        const widening = (NUMERIC_WIDENINGS[before.type] ?? []).includes(after.type);
        this.add(path, widening ? 'widened' : 'type-changed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(before), (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(after), breaks);
    }
    /** Named pairs already compared (recursive schemas, types used in several places). */
    seen(before, after) {
        let afters = this.visited.get(before);
        if (!afters)
            this.visited.set(before, (afters = new Set()));
        if (afters.has(after))
            return true;
        afters.add(after);
        return false;
    }
    named(before, after, path) {
        if (before.fullName !== after.fullName) {
            const breaks = [];
            if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .schemaNamesMatch */ .N7)(after, before))
                breaks.push('BACKWARD');
            if (!(0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .schemaNamesMatch */ .N7)(before, after))
                breaks.push('FORWARD');
            this.add(path, 'renamed', before.fullName, after.fullName, breaks);
        }
        if ((before.doc ?? null) !== (after.doc ?? null))
            this.add(path, 'doc-changed', before.doc ?? null, after.doc ?? null, []);
    }
    record(before, after, path) {
        const matched = new Set();
        for (const afterField of after.fields) {
            const beforeField = writerFieldOf(before, afterField);
            const childPath = fieldPath(path, afterField.name);
            if (!beforeField) {
                // New readers need a default for data written without the field.
                this.add(childPath, 'added', null, (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(afterField.type), afterField.hasDefault ? [] : ['BACKWARD']);
                continue;
            }
            matched.add(beforeField);
            // Old readers look the field up by its old name (or their own aliases) in new data.
            const oldReaderFinds = writerFieldOf(after, beforeField) === afterField;
            if (beforeField.name !== afterField.name) {
                this.add(childPath, 'renamed', beforeField.name, afterField.name, oldReaderFinds || beforeField.hasDefault ? [] : ['FORWARD']);
            }
            this.fieldAttributes(beforeField, afterField, childPath);
            const outer = this.active;
            if (!oldReaderFinds)
                this.active = outer.filter((direction) => direction !== 'FORWARD');
            this.node(beforeField.type, afterField.type, childPath);
            this.active = outer;
        }
        for (const beforeField of before.fields) {
            if (matched.has(beforeField))
                continue;
            const oldReaderFinds = writerFieldOf(after, beforeField) !== undefined;
            this.add(fieldPath(path, beforeField.name), 'removed', (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeType */ .M)(beforeField.type), null, oldReaderFinds || beforeField.hasDefault ? [] : ['FORWARD']);
        }
    }
    fieldAttributes(before, after, path) {
        const defaultBefore = (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeDefault */ .Z)(before.hasDefault, before.default);
        const defaultAfter = (0,_describe__WEBPACK_IMPORTED_MODULE_1__/* .describeDefault */ .Z)(after.hasDefault, after.default);
        if (defaultBefore !== defaultAfter)
            this.add(path, 'default-changed', defaultBefore, defaultAfter, []);
        if ((before.doc ?? null) !== (after.doc ?? null))
            this.add(path, 'doc-changed', before.doc ?? null, after.doc ?? null, []);
    }
    enumSymbols(before, after, path) {
        for (const symbol of after.symbols) {
            if (!before.symbols.includes(symbol))
                this.add(path, 'symbol-added', null, symbol, before.default === undefined ? ['FORWARD'] : []);
        }
        for (const symbol of before.symbols) {
            if (!after.symbols.includes(symbol))
                this.add(path, 'symbol-removed', symbol, null, after.default === undefined ? ['BACKWARD'] : []);
        }
        if (before.default !== after.default)
            this.add(path, 'default-changed', before.default ?? null, after.default ?? null, []);
    }
}
/** Java's field lookup, but a reader field matching several writer fields (which Java rejects) takes the same-named one. */
function writerFieldOf(writer, readerField) {
    try {
        return (0,_compatibility__WEBPACK_IMPORTED_MODULE_0__/* .lookupWriterField */ .Yj)(writer, readerField);
    }
    catch {
        return writer.fields.find((field) => field.name === readerField.name);
    }
}
function orderDirections(directions) {
    return ['BACKWARD', 'FORWARD'].filter((direction) => directions.has(direction));
}


/***/ }),

/***/ 29117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Un: () => (/* binding */ renderSchemaDiffMarkdown),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   io: () => (/* binding */ renderTopicsMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports verdictLabel, changeCounts, summaryTableHeader, summaryTableRow, changesTable, topicDetails */
/**
 * Markdown for schema diffs, as shown in PR bodies, review comments and job summaries: one table
 * row per topic (change counts, verdict), then a collapsible details block per topic. Everything
 * that comes from schemas or topics (names, docs, defaults) is escaped, so it can neither break the
 * table nor inject HTML, comments, mentions, links or math.
 */
/** GitHub's cap for issue/PR bodies and comments. */
const GITHUB_COMMENT_LIMIT = 65_536;
const ESCAPED = /[&<>"'|`*_~[\]\\#!@$]/g;
/**
 * Escapes text for Markdown and HTML contexts alike (table cells, `<summary>`, `<code>`): special
 * characters become numeric character references, whitespace runs (newlines too) one space.
 */
function escapeMarkdown(text) {
    return text.replace(/\s+/g, ' ').replace(ESCAPED, (char) => `&#${char.charCodeAt(0)};`);
}
/** Inline code that is safe in table cells and HTML: `<code>` with escaped content. */
function inlineCode(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
const VALUE_LIMIT = 120;
function shortValue(value) {
    if (value === null)
        return '';
    const short = value.length > VALUE_LIMIT ? `${value.slice(0, VALUE_LIMIT - 1)}…` : value;
    return inlineCode(short);
}
const VERDICT_LABEL = {
    FULL: '✅ FULL',
    BACKWARD: '⚠️ BACKWARD',
    FORWARD: '⚠️ FORWARD',
    NONE: '❌ NONE',
};
function verdictLabel(section) {
    return section.isNew ? '🆕 new' : VERDICT_LABEL[section.compatibility];
}
const COUNT_ORDER = [
    'added',
    'removed',
    'renamed',
    'type-changed',
    'widened',
    'nullability-changed',
    'symbol-added',
    'symbol-removed',
    'default-changed',
    'doc-changed',
    'changed',
];
/** `2 added, 1 removed` (fixed kind order); `no changes` when empty. */
function changeCounts(changes) {
    const parts = COUNT_ORDER.flatMap((kind) => {
        const count = changes.filter((change) => change.kind === kind).length;
        return count > 0 ? [`${count} ${kind}`] : [];
    });
    return parts.length > 0 ? parts.join(', ') : 'no changes';
}
function summaryTableHeader() {
    return '| Topic | Changes | Verdict |\n| --- | --- | --- |\n';
}
function summaryTableRow(section) {
    return `| ${inlineCode(section.name)} | ${escapeMarkdown(changeCounts(section.changes))} | ${verdictLabel(section)} |\n`;
}
/** The change table of one topic, without the surrounding details block. */
function changesTable(changes) {
    if (changes.length === 0)
        return '_No changes._\n';
    const rows = changes.map((change) => `| ${inlineCode(change.path === '' ? '(root)' : change.path)} | ${change.kind} | ${shortValue(change.before)} | ${shortValue(change.after)} | ${change.breaks.length > 0 ? change.breaks.join(', ') : '–'} |\n`);
    return `| Path | Change | Before | After | Breaks |\n| --- | --- | --- | --- | --- |\n${rows.join('')}`;
}
function topicDetails(section, open = false) {
    return (`<details${open ? ' open' : ''}><summary>${inlineCode(section.name)}: ${escapeMarkdown(changeCounts(section.changes))} (${verdictLabel(section)})</summary>\n\n` +
        `${changesTable(section.changes)}\n</details>\n\n`);
}
/**
 * Renders many topics: the summary table, then details per topic, within `budget` characters.
 * Rows and details that do not fit are left out (details first) and a note says how many.
 */
function renderTopicsMarkdown(sections, options = {}) {
    const budget = options.budget ?? GITHUB_COMMENT_LIMIT;
    const header = options.header ?? '';
    const footer = options.footer ?? '';
    const note = (rowsLeft, detailsLeft) => {
        if (rowsLeft === 0 && detailsLeft === 0)
            return '';
        const parts = [];
        if (rowsLeft > 0)
            parts.push(`${rowsLeft} topic(s) left out of the table`);
        if (detailsLeft > 0)
            parts.push(`details of ${detailsLeft} topic(s) left out`);
        return `> [!NOTE]\n> Truncated to fit ${budget.toLocaleString('en-US')} characters: ${parts.join('; ')}.\n\n`;
    };
    const worstNote = note(sections.length, sections.length);
    let text = header;
    const fixed = header.length + footer.length + worstNote.length;
    if (fixed > budget)
        return truncateHard(`${header}${footer}`, budget);
    let rows = sections.length > 0 ? summaryTableHeader() : '';
    let shownRows = 0;
    for (const section of sections) {
        const row = summaryTableRow(section);
        if (fixed + rows.length + row.length + 1 > budget)
            break;
        rows += row;
        shownRows += 1;
    }
    if (shownRows === 0)
        rows = '';
    text += rows.length > 0 ? `${rows}\n` : '';
    let details = '';
    let shownDetails = 0;
    for (const section of sections.slice(0, shownRows)) {
        const block = topicDetails(section);
        if (fixed + text.length - header.length + details.length + block.length > budget)
            break;
        details += block;
        shownDetails += 1;
    }
    return `${text}${details}${note(sections.length - shownRows, sections.length - shownDetails)}${footer}`;
}
function truncateHard(text, budget) {
    const marker = '\n\n…(truncated)\n';
    return budget <= marker.length ? text.slice(0, budget) : `${text.slice(0, budget - marker.length)}${marker}`;
}
/** One schema pair (the `diff` command): verdict line and change table. */
function renderSchemaDiffMarkdown(title, compatibility, changes) {
    return `### ${escapeMarkdown(title)}\n\n**Compatibility:** ${VERDICT_LABEL[compatibility]}\n\n${changesTable(changes)}`;
}


/***/ }),

/***/ 8399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uu: () => (/* binding */ resolveSchema)
/* harmony export */ });
/* unused harmony exports PRIMITIVE_TYPES, SchemaError, isNamed, makeName */
const PRIMITIVE_TYPES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'];
/** A schema that is not valid Avro (or uses something this resolver does not support). */
class SchemaError extends Error {
    name = 'SchemaError';
}
const NAME_PATTERN = /^[\p{L}_][\p{L}\p{N}_]*$/u;
function isNamed(schema) {
    return schema.type === 'record' || schema.type === 'enum' || schema.type === 'fixed';
}
/** Splits a (possibly dotted) name the way Java's `Schema.Name` does. */
function makeName(name, space) {
    const lastDot = name.lastIndexOf('.');
    let simple = name;
    if (lastDot >= 0) {
        space = name.slice(0, lastDot);
        simple = name.slice(lastDot + 1);
    }
    if (space === '')
        space = undefined;
    return { name: simple, namespace: space, fullName: space === undefined ? simple : `${space}.${simple}` };
}
/** Resolves an Avro schema (JSON form) into a graph; throws `SchemaError` when it is not valid. */
function resolveSchema(schema) {
    const named = new Map();
    const pending = [];
    const lookup = (text, namespace) => {
        const full = namespace !== undefined && !text.includes('.') ? `${namespace}.${text}` : text;
        const found = named.get(full) ?? named.get(text);
        if (found)
            return found;
        return { type: 'reference', fullName: full };
    };
    const settle = (value, assign) => {
        if (value.type !== 'reference')
            return assign(value);
        pending.push(() => {
            const found = named.get(value.fullName);
            if (!found)
                throw new SchemaError(`undefined name: ${value.fullName}`);
            assign(found);
        });
    };
    const define = (parts) => {
        if (named.has(parts.fullName))
            throw new SchemaError(`can't redefine: ${parts.fullName}`);
        named.set(parts.fullName, parts);
    };
    const namedParts = (node, namespace) => {
        if (typeof node.name !== 'string')
            throw new SchemaError(`no name in schema: ${JSON.stringify(node)}`);
        const space = typeof node.namespace === 'string' ? node.namespace : namespace;
        const name = makeName(node.name, space);
        checkName(name.name);
        const parts = { ...name, aliases: aliasesOf(node, name.namespace) };
        if (typeof node.doc === 'string')
            parts.doc = node.doc;
        return parts;
    };
    const build = (node, namespace) => {
        if (typeof node === 'string') {
            if (PRIMITIVE_TYPES.includes(node))
                return { type: node };
            return lookup(node, namespace);
        }
        if (Array.isArray(node)) {
            const union = { type: 'union', branches: [] };
            node.forEach((branch, index) => {
                const built = build(branch, namespace);
                if (built.type === 'union')
                    throw new SchemaError(`unions may not immediately contain other unions`);
                settle(built, (resolved) => (union.branches[index] = resolved));
            });
            pending.push(() => checkUnionBranches(union));
            return union;
        }
        if (typeof node !== 'object' || node === null)
            throw new SchemaError(`not a schema: ${JSON.stringify(node)}`);
        const object = node;
        const type = object.type;
        if (typeof type !== 'string') {
            if (type === undefined)
                throw new SchemaError(`no type: ${JSON.stringify(node)}`);
            return build(type, namespace);
        }
        if (PRIMITIVE_TYPES.includes(type)) {
            const primitive = { type: type };
            if (typeof object.logicalType === 'string')
                primitive.logicalType = object.logicalType;
            return primitive;
        }
        switch (type) {
            case 'record':
            case 'error': {
                const record = { type: 'record', ...namedParts(object, namespace), fields: [] };
                if (!Array.isArray(object.fields))
                    throw new SchemaError(`record has no fields: ${record.fullName}`);
                const seen = new Set();
                for (const fieldNode of object.fields) {
                    if (typeof fieldNode !== 'object' || fieldNode === null || Array.isArray(fieldNode))
                        throw new SchemaError(`not a field in ${record.fullName}: ${JSON.stringify(fieldNode)}`);
                    const field = fieldNode;
                    if (typeof field.name !== 'string')
                        throw new SchemaError(`no field name in ${record.fullName}`);
                    checkName(field.name);
                    if (seen.has(field.name))
                        throw new SchemaError(`duplicate field ${field.name} in ${record.fullName}`);
                    seen.add(field.name);
                    if (field.type === undefined)
                        throw new SchemaError(`no type for field ${record.fullName}.${field.name}`);
                    const resolvedField = {
                        name: field.name,
                        type: { type: 'null' },
                        hasDefault: 'default' in field,
                        aliases: stringList(field.aliases, `aliases of field ${field.name}`),
                    };
                    if ('default' in field)
                        resolvedField.default = field.default;
                    if (typeof field.doc === 'string')
                        resolvedField.doc = field.doc;
                    record.fields.push(resolvedField);
                    settle(build(field.type, record.namespace), (resolved) => (resolvedField.type = resolved));
                }
                // Java registers a record after its fields, so a field naming the record itself is a forward reference.
                define(record);
                return record;
            }
            case 'enum': {
                const symbols = stringList(object.symbols, 'enum symbols');
                if (!Array.isArray(object.symbols))
                    throw new SchemaError(`enum has no symbols: ${JSON.stringify(node)}`);
                const enumSchema = { type: 'enum', ...namedParts(object, namespace), symbols };
                for (const symbol of symbols)
                    checkName(symbol);
                if (new Set(symbols).size !== symbols.length)
                    throw new SchemaError(`duplicate enum symbol in ${enumSchema.fullName}`);
                if (typeof object.default === 'string') {
                    if (!symbols.includes(object.default))
                        throw new SchemaError(`enum default ${object.default} is not a symbol of ${enumSchema.fullName}`);
                    enumSchema.default = object.default;
                }
                define(enumSchema);
                return enumSchema;
            }
            case 'fixed': {
                if (typeof object.size !== 'number' || !Number.isInteger(object.size) || object.size < 0)
                    throw new SchemaError(`invalid or no size: ${JSON.stringify(node)}`);
                const fixed = { type: 'fixed', ...namedParts(object, namespace), size: object.size };
                if (typeof object.logicalType === 'string')
                    fixed.logicalType = object.logicalType;
                define(fixed);
                return fixed;
            }
            case 'array': {
                if (object.items === undefined)
                    throw new SchemaError(`array has no items type`);
                const array = { type: 'array', items: { type: 'null' } };
                settle(build(object.items, namespace), (resolved) => (array.items = resolved));
                return array;
            }
            case 'map': {
                if (object.values === undefined)
                    throw new SchemaError(`map has no values type`);
                const map = { type: 'map', values: { type: 'null' } };
                settle(build(object.values, namespace), (resolved) => (map.values = resolved));
                return map;
            }
            default:
                return lookup(type, namespace);
        }
    };
    const root = build(schema, undefined);
    let resolvedRoot;
    settle(root, (resolved) => (resolvedRoot = resolved));
    for (const step of pending)
        step();
    if (!resolvedRoot)
        throw new SchemaError('empty schema');
    return resolvedRoot;
}
function checkName(name) {
    if (!NAME_PATTERN.test(name))
        throw new SchemaError(`illegal name: ${JSON.stringify(name)}`);
}
function stringList(value, what) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
        throw new SchemaError(`${what} must be an array of strings`);
    return value;
}
/** Java: an alias takes the schema's namespace unless dotted; `getAliases()` writes a null-namespace alias of a namespaced schema as `.name`. */
function aliasesOf(node, namespace) {
    return [...new Set(stringList(node.aliases, 'aliases'))].map((alias) => {
        const name = makeName(alias, namespace);
        return name.namespace === undefined && namespace !== undefined ? `.${name.name}` : name.fullName;
    });
}
function checkUnionBranches(union) {
    const seen = new Set();
    for (const branch of union.branches) {
        const key = isNamed(branch) ? branch.fullName : branch.type;
        if (seen.has(key))
            throw new SchemaError(`duplicate in union: ${key}`);
        seen.add(key);
    }
}


/***/ })

};
