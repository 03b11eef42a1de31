export const id = 766;
export const ids = [766];
export const modules = {

/***/ 86766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_LINE_BYTES: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   SKIPPED_LINES_LISTED: () => (/* binding */ SKIPPED_LINES_LISTED),
/* harmony export */   formatInferReport: () => (/* binding */ formatInferReport),
/* harmony export */   inferFromNdjson: () => (/* binding */ inferFromNdjson),
/* harmony export */   ndjsonLineBatches: () => (/* binding */ ndjsonLineBatches),
/* harmony export */   ndjsonLines: () => (/* binding */ ndjsonLines),
/* harmony export */   overridesFromFlags: () => (/* binding */ overridesFromFlags),
/* harmony export */   registerInferCommand: () => (/* binding */ registerInferCommand)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _infer_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54449);
/* harmony import */ var _infer_names__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83748);
/* harmony import */ var _json_parse__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27105);
/* harmony import */ var _schema_avro__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80387);
/* harmony import */ var _catalog_schema_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84919);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70017);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26052);










/** A line longer than this (in bytes) is skipped unread, so memory per line stays bounded. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const TOO_LONG = Object.freeze({ tooLong: true });
const SKIPPED_LINES_LISTED = 10;
const NOT_JSON = 'not JSON';
/**
 * Infers one schema from newline-delimited JSON sources, line by line (nothing is kept but
 * the shape). Blank lines are ignored; lines that are not JSON, nest too deeply or are too
 * long are counted and located.
 */
async function inferFromNdjson(sources, options) {
    const inferrer = (0,_infer_index__WEBPACK_IMPORTED_MODULE_3__/* .createInferrer */ .Oo)(options);
    let blankLines = 0;
    let skipped = 0;
    const skippedBy = new Map();
    const skippedAt = [];
    for (const source of sources) {
        let lineNumber = 0;
        const skip = (reason) => {
            skipped++;
            skippedBy.set(reason, (skippedBy.get(reason) ?? 0) + 1);
            const at = `${source.name}:${lineNumber}`;
            if (skippedAt.length < SKIPPED_LINES_LISTED)
                skippedAt.push(reason === NOT_JSON ? at : `${at} (${reason})`);
        };
        for await (const batch of source.lines) {
            for (const line of batch) {
                lineNumber++;
                if (typeof line !== 'string') {
                    skip(`longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`);
                    continue;
                }
                if (line.trim() === '') {
                    blankLines++;
                    continue;
                }
                let value;
                try {
                    value = (0,_json_parse__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonTyped */ .kq)(line);
                }
                catch (error) {
                    skip(error instanceof _json_parse__WEBPACK_IMPORTED_MODULE_5__/* .JsonDepthError */ .Q_ ? error.message : NOT_JSON);
                    continue;
                }
                inferrer.add(value);
            }
        }
    }
    const schema = inferrer.result();
    return { schema, values: inferrer.count, blankLines, skipped, skippedBy, skippedAt, notes: inferrer.notes };
}
function formatInferReport(report) {
    const reasons = [...report.skippedBy.keys()].every((reason) => reason === NOT_JSON)
        ? NOT_JSON
        : [...report.skippedBy].map(([reason, count]) => `${count} ${reason}`).join(', ');
    const lines = [`infer: ${report.values} value(s) read, ${report.skipped} line(s) skipped (${reasons}), ${report.blankLines} blank`];
    if (report.skipped > 0) {
        const more = report.skipped > report.skippedAt.length ? `, and ${report.skipped - report.skippedAt.length} more` : '';
        lines.push(`  skipped: ${report.skippedAt.join(', ')}${more}`);
    }
    for (const note of report.notes ?? []) {
        const where = note.path === '' ? 'the top level' : note.path;
        const kept = note.keptBy === 'committed schema' ? 'the prior keeps it a record' : 'it was kept a record';
        lines.push(`  note: ${where} looks keyed by data (${note.evidence}) but ${kept}; pass --map ${JSON.stringify(note.path)} to make it a map`);
    }
    return `${lines.join('\n')}\n`;
}
const utf8 = new TextDecoder('utf-8'); // not fatal (bad bytes become U+FFFD); drops a leading BOM
function decodeLine(bytes) {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    return utf8.decode(bytes.subarray(0, end));
}
/** text[from, to) as decodeLine gives its bytes: without a trailing `\r` or a leading BOM (Buffer#toString keeps it). */
function lineOf(text, from, to) {
    if (to > from && text.charCodeAt(to - 1) === 13)
        to--;
    if (to > from && text.charCodeAt(from) === 0xfeff)
        from++;
    return text.slice(from, to);
}
/**
 * The lines of a byte stream, split at `\n` only (readline also splits at `\r`, U+2028 and
 * U+2029, which JSON strings may hold raw), without a trailing `\r` or a leading BOM (a file's,
 * or one concatenated after another). A line over `maxLineBytes` is dropped as it streams by and
 * comes out as TOO_LONG. The last line needs no `\n`.
 */
async function* ndjsonLines(stream, maxLineBytes = MAX_LINE_BYTES) {
    for await (const batch of ndjsonLineBatches(stream, maxLineBytes))
        yield* batch;
}
/** {@link ndjsonLines}, a read's lines at a time: one step of the reading loop per read, not per line. */
async function* ndjsonLineBatches(stream, maxLineBytes = MAX_LINE_BYTES) {
    let batch = [];
    let pending = [];
    let pendingBytes = 0;
    let tooLong = false;
    for await (const raw of stream) {
        if (batch.length > 0) {
            yield batch;
            batch = [];
        }
        const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
        let start = 0;
        const first = chunk.indexOf(10);
        if (first !== -1) {
            // The line held from earlier chunks ends here.
            const piece = chunk.subarray(0, first);
            if (tooLong || pendingBytes + piece.length > maxLineBytes)
                batch.push(TOO_LONG);
            else
                batch.push(decodeLine(pending.length === 0 ? piece : Buffer.concat([...pending, piece])));
            pending = [];
            pendingBytes = 0;
            tooLong = false;
            const last = chunk.lastIndexOf(10);
            if (last - first - 1 <= maxLineBytes) {
                // The lines in between, none of which can be over the limit. ASCII ones are taken in
                // one call (TextDecoder per line cost about as much as JSON.parse-ing the line); others
                // line by line, so that only lines with non-Latin-1 characters become two-byte strings
                // (slower to parse and scan), not every line of the read.
                const lines = chunk.subarray(first + 1, last);
                if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(lines)) {
                    const text = lines.toString('latin1');
                    let from = 0;
                    for (let to = text.indexOf('\n'); to !== -1; to = text.indexOf('\n', from)) {
                        batch.push(lineOf(text, from, to));
                        from = to + 1;
                    }
                    if (last > first)
                        batch.push(lineOf(text, from, text.length));
                }
                else {
                    for (let from = first + 1; from <= last;) {
                        const to = chunk.indexOf(10, from);
                        const text = chunk.toString('utf8', from, to);
                        batch.push(lineOf(text, 0, text.length));
                        from = to + 1;
                    }
                }
            }
            else {
                for (let from = first + 1; from <= last;) {
                    const to = chunk.indexOf(10, from);
                    batch.push(to - from > maxLineBytes ? TOO_LONG : decodeLine(chunk.subarray(from, to)));
                    from = to + 1;
                }
            }
            start = last + 1;
        }
        if (start === chunk.length || tooLong)
            continue;
        if (pendingBytes + chunk.length - start > maxLineBytes) {
            tooLong = true;
            pending = [];
            pendingBytes = 0;
        }
        else {
            pending.push(Buffer.from(chunk.subarray(start))); // a copy: the stream may reuse its buffer
            pendingBytes += chunk.length - start;
        }
    }
    if (tooLong)
        batch.push(TOO_LONG);
    else if (pendingBytes > 0)
        batch.push(decodeLine(Buffer.concat(pending)));
    if (batch.length > 0)
        yield batch;
}
/** Opens every input file before anything is read: a missing file or a directory is a usage error naming it. */
async function openSources(files) {
    const handles = [];
    try {
        for (const file of files) {
            let handle;
            try {
                handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
            }
            catch (error) {
                const code = error.code;
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (0,_util_errors__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error)}`);
            }
            handles.push(handle);
            if ((await handle.stat()).isDirectory())
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`${file} is a directory, not an NDJSON file`);
        }
    }
    catch (error) {
        await Promise.all(handles.map((handle) => handle.close().catch(() => undefined)));
        throw error;
    }
    return files.map((file, i) => ({ name: file, lines: ndjsonLineBatches(handles[i].createReadStream()) }));
}
function defaultName(files) {
    const first = files[0];
    return first === undefined ? 'value' : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(first).replace(/\.(ndjson|jsonl|json|txt)$/i, '');
}
async function readPrior(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`cannot read the prior schema ${file}: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error)}`);
    }
    let schema;
    try {
        schema = JSON.parse(text);
    }
    catch {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`the prior schema ${file} is not JSON`);
    }
    try {
        (0,_catalog_schema_file__WEBPACK_IMPORTED_MODULE_6__/* .checkAvroSchema */ .m)(`the prior schema ${file}`, schema);
    }
    catch (error) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e((0,_util_errors__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error));
    }
    return schema;
}
function overridesFromFlags(maps, records) {
    const overrides = new Map();
    for (const path of maps)
        overrides.set(path, 'map');
    for (const path of records) {
        if (overrides.has(path))
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`path ${JSON.stringify(path)} is given both as --map and --record`);
        overrides.set(path, 'record');
    }
    return overrides;
}
function registerInferCommand(program, _settle) {
    program
        .command('infer')
        .description('infer an Avro schema from newline-delimited JSON (files, or stdin) and print it')
        .argument('[files...]', 'NDJSON files (default: standard input)')
        .option('--name <name>', 'top-level record name, PascalCased (default: the first file name)')
        .option('--namespace <namespace>', 'Avro namespace of the records')
        .option('--prior <file>', 'committed schema (.avsc) to start from: its names, order, docs and defaults are kept')
        .option('--map <path>', 'treat the object at this path as a map (repeatable; e.g. customer.attributes)', _options__WEBPACK_IMPORTED_MODULE_7__/* .collect */ .Fo, [])
        .option('--record <path>', 'treat the object at this path as a record (repeatable)', _options__WEBPACK_IMPORTED_MODULE_7__/* .collect */ .Fo, [])
        .action(async (files, flags) => {
        if (flags.namespace !== undefined)
            (0,_infer_names__WEBPACK_IMPORTED_MODULE_4__/* .checkAvroNamespace */ .g)(flags.namespace, '--namespace');
        const overrides = overridesFromFlags(flags.map, flags.record);
        const prior = flags.prior === undefined ? undefined : await readPrior(flags.prior);
        const sources = files.length === 0 ? [{ name: 'stdin', lines: ndjsonLineBatches(process.stdin) }] : await openSources(files);
        const report = await inferFromNdjson(sources, {
            name: flags.name ?? defaultName(files),
            namespace: flags.namespace,
            prior,
            overrides,
        });
        process.stderr.write(formatInferReport(report));
        if (report.values === 0) {
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e('no valid JSON line in the input: no schema printed');
        }
        // No usable schema for this input: a failure (exit 1) with the reason, nothing on stdout.
        const text = (0,_schema_avro__WEBPACK_IMPORTED_MODULE_9__/* .formatSchema */ .j)(report.schema);
        (0,_catalog_schema_file__WEBPACK_IMPORTED_MODULE_6__/* .checkSchemaSize */ .V)('the inferred schema', text, 'make the deep part a map with --map PATH (e.g. --map customer.attributes)');
        (0,_catalog_schema_file__WEBPACK_IMPORTED_MODULE_6__/* .checkAvroSchema */ .m)('the inferred schema', report.schema);
        process.stdout.write(text);
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


/***/ })

};
