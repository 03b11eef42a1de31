export const id = 83;
export const ids = [83];
export const modules = {

/***/ 65083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffJson: () => (/* binding */ diffJson),
/* harmony export */   formatDiffText: () => (/* binding */ formatDiffText),
/* harmony export */   readSchemaFile: () => (/* binding */ readSchemaFile),
/* harmony export */   registerDiffCommand: () => (/* binding */ registerDiffCommand),
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_avsc_check__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8775);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27009);
/* harmony import */ var _schema_compatibility__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24591);
/* harmony import */ var _schema_diff__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34588);
/* harmony import */ var _schema_render_markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29117);
/* harmony import */ var _schema_resolve__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8399);
/* harmony import */ var _util_exit_code__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67542);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);









/** Reads and resolves one `.avsc` file; every failure is a usage error naming the file. */
async function readSchemaFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`${path}: cannot read (${(0,_util_errors__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`${path}: not valid JSON (${(0,_util_errors__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)})`);
    }
    try {
        // avsc also checks what the resolver does not (defaults against their types).
        (0,_schema_avsc_check__WEBPACK_IMPORTED_MODULE_1__/* .checkWithAvsc */ .y)(json);
        return (0,_schema_resolve__WEBPACK_IMPORTED_MODULE_8__/* .resolveSchema */ .uu)(json);
    }
    catch (error) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`${path}: not a valid Avro schema (${(0,_util_errors__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)})`);
    }
}
function diffJson(diff) {
    return {
        compatibility: diff.verdict.level,
        changes: diff.changes,
        incompatibilities: [
            ...diff.verdict.backward.incompatibilities.map((item) => ({ direction: 'BACKWARD', ...item })),
            ...diff.verdict.forward.incompatibilities.map((item) => ({ direction: 'FORWARD', ...item })),
        ],
    };
}
function formatDiffText(diff) {
    const lines = [`compatibility: ${diff.verdict.level}`];
    if (diff.changes.length === 0)
        lines.push('no changes');
    for (const change of diff.changes) {
        const values = [change.before, change.after].some((value) => value !== null) ? `: ${change.before ?? '∅'} → ${change.after ?? '∅'}` : '';
        const breaks = change.breaks.length > 0 ? `  [breaks ${change.breaks.join(', ')}]` : '';
        lines.push(`  ${change.kind.padEnd(19)} ${change.path === '' ? '(root)' : change.path}${values}${breaks}`);
    }
    for (const item of diffJson(diff).incompatibilities) {
        lines.push(`  ${item.direction.toLowerCase()}: ${item.type} at ${item.location}: ${item.message}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The command's work, separate from commander: prints the diff and returns the exit code. */
async function runDiff(oldPath, newPath, flags, write = (text) => process.stdout.write(text)) {
    const required = flags.failOn === undefined ? undefined : (0,_schema_compatibility__WEBPACK_IMPORTED_MODULE_3__/* .parseRequiredLevel */ .D3)(flags.failOn);
    if (flags.failOn !== undefined && required === undefined) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`--fail-on: unknown level ${JSON.stringify(flags.failOn)} (BACKWARD, FORWARD, FULL, NONE, or a _TRANSITIVE variant)`);
    }
    const [before, after] = await Promise.all([readSchemaFile(oldPath), readSchemaFile(newPath)]);
    const diff = (0,_schema_diff__WEBPACK_IMPORTED_MODULE_4__/* .diffResolvedSchemas */ .Ig)(before, after);
    if (flags.format === 'json')
        write(`${JSON.stringify(diffJson(diff), null, 2)}\n`);
    else if (flags.format === 'markdown')
        write((0,_schema_render_markdown__WEBPACK_IMPORTED_MODULE_5__/* .renderSchemaDiffMarkdown */ .Un)(`${oldPath} → ${newPath}`, diff.verdict.level, diff.changes));
    else
        write(formatDiffText(diff));
    return required !== undefined && !(0,_schema_compatibility__WEBPACK_IMPORTED_MODULE_3__/* .satisfiesLevel */ .eo)(diff.verdict.level, required) ? _util_exit_code__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.failed : _util_exit_code__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.ok;
}
function registerDiffCommand(program, settle) {
    program
        .command('diff')
        .description('compare two Avro schemas: changes per field path and the Schema Registry compatibility level')
        .argument('<old>', 'the old schema (.avsc)')
        .argument('<new>', 'the new schema (.avsc)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
        .option('--fail-on <level>', 'exit 1 unless the change satisfies this level: BACKWARD, FORWARD, FULL, NONE (_TRANSITIVE variants mean the same for one pair)')
        .action(async (oldPath, newPath, flags) => {
        const code = await runDiff(oldPath, newPath, flags);
        if (code !== _util_exit_code__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.ok)
            settle({ status: 'failed', reason: `the change does not keep ${flags.failOn}` });
    });
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
