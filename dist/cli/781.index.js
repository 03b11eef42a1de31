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
/* harmony import */ var _datahub_field_paths__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79175);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_log__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29906);




async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** `fields [--key KEY.avsc] [VALUE.avsc]`: DataHub's SchemaField list for the schemas, key fields first. */
function registerFieldsCommand(program) {
    program
        .command('fields')
        .description("print the DataHub schema fields (v2 field paths) for an Avro value schema and optional key schema, as DataHub's Kafka source makes them")
        .argument('[value]', 'value schema file (.avsc); read from stdin when omitted')
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
        const valueText = valueFile ? await read(valueFile) : await readStdin();
        if (valueText.trim() === '')
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('no value schema: give a file or pipe one to stdin');
        const keyText = flags.key ? await read(flags.key) : undefined;
        const conversion = (0,_datahub_field_paths__WEBPACK_IMPORTED_MODULE_1__/* .kafkaSchemaFields */ .b)(valueText, keyText);
        if (conversion.error)
            (0,_util_log__WEBPACK_IMPORTED_MODULE_2__/* .stderrLogger */ .D)().warn(`DataHub's converter gives no fields for this schema: ${conversion.error}`);
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
