export const id = 781;
export const ids = [781];
export const modules = {

/***/ 19781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerFieldsCommand: () => (/* binding */ registerFieldsCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _datahub_field_paths__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14194);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_log__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29906);




/** What was piped to stdin; undefined when stdin is a terminal (nothing piped: do not wait for typing). */
async function readPipedStdin() {
    if (process.stdin.isTTY)
        return undefined;
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * `fields [--key KEY.avsc] [VALUE.avsc]`: DataHub's SchemaField list for the schemas, key fields
 * first. The value schema may be piped instead; with `--key` it may be absent (a topic with a key
 * schema and no value schema, e.g. JSON keys and binary values, has exactly that).
 */
function registerFieldsCommand(program, _settle, stdin = readPipedStdin) {
    program
        .command('fields')
        .description("print the DataHub schema fields (v2 field paths) for an Avro value schema and/or key schema, as DataHub's Kafka source makes them")
        .argument('[value]', 'value schema file (.avsc); read from stdin when omitted (optional with --key)')
        .option('-k, --key <file>', 'key schema file (.avsc)')
        .action(async (valueFile, flags) => {
        const read = async (file) => {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
            }
            catch (error) {
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read ${file}: ${error.message}`);
            }
        };
        const keyText = flags.key ? await read(flags.key) : undefined;
        let valueText = valueFile ? await read(valueFile) : await stdin();
        if (valueText !== undefined && valueText.trim() === '')
            valueText = undefined;
        if (valueText === undefined && valueFile)
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${valueFile} is empty`);
        if (valueText === undefined && keyText === undefined)
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('no schema: give a value schema file or pipe one to stdin, or a key schema with --key');
        const conversion = (0,_datahub_field_paths__WEBPACK_IMPORTED_MODULE_1__/* .kafkaSchemaFields */ .b)(valueText, keyText);
        if (conversion.error)
            (0,_util_log__WEBPACK_IMPORTED_MODULE_2__/* .stderrLogger */ .D)().warn(`DataHub's converter gives no fields for this schema: ${conversion.error}`);
        for (const warning of conversion.warnings ?? [])
            (0,_util_log__WEBPACK_IMPORTED_MODULE_2__/* .stderrLogger */ .D)().warn(warning);
        process.stdout.write(`${JSON.stringify(conversion.fields, null, 2)}\n`);
    });
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


/***/ })

};
