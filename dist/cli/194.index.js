export const id = 194;
export const ids = [194];
export const modules = {

/***/ 45967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ propOf),
/* harmony export */   Om: () => (/* binding */ AvroModelError),
/* harmony export */   fF: () => (/* binding */ checkDataHubAvroSchema),
/* harmony export */   lP: () => (/* binding */ pythonTruthy),
/* harmony export */   wB: () => (/* binding */ buildAvroModel)
/* harmony export */ });
/* harmony import */ var _json_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27105);
/* harmony import */ var _json_value__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88399);
/* harmony import */ var _python_format__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17173);



class AvroModelError extends Error {
    name = 'AvroModelError';
}
const PRIMITIVE_TYPES = new Set(['null', 'boolean', 'string', 'bytes', 'int', 'long', 'float', 'double']);
const SCHEMA_RESERVED = new Set(['type', 'name', 'namespace', 'fields', 'items', 'size', 'symbols', 'values', 'doc']);
const FIELD_RESERVED = new Set(['default', 'name', 'doc', 'order', 'type']);
const FIELD_SORT_ORDERS = ['ascending', 'descending', 'ignore'];
/** Python avro's `validate_basename` (a search: `x.A` passes), still applied to enum symbols. */
const BASE_NAME = /(?:^|\.)[A-Za-z_][A-Za-z0-9_]*$/;
/** (logicalType, underlying type) pairs Python turns into logical schemas; decimal is checked apart. */
const LOGICAL_PRIMITIVES = new Set(['date/int', 'timestamp-micros/long', 'timestamp-millis/long', 'time-micros/long', 'time-millis/int', 'uuid/string']);
function otherProps(json, reserved) {
    return Object.entries(json).filter(([key]) => !reserved.has(key));
}
/** Python's `isinstance(x, int)` for a JSON-loaded value (bool is an int in Python). */
function pythonInt(value) {
    if (value === true)
        return 1;
    if (value === false)
        return 0;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    return undefined;
}
function validDecimal(precisionValue, scaleValue, maxPrecision) {
    const precision = pythonInt(precisionValue);
    const scale = scaleValue === undefined ? 0 : pythonInt(scaleValue);
    if (precision === undefined || precision <= 0 || precision > maxPrecision)
        return false;
    return scale !== undefined && scale >= 0 && scale <= precision;
}
/** Decimal logical schemas get `precision` and `scale` (default 0) set as props, after the JSON's own. */
function withDecimalProps(props, json) {
    const result = props.slice();
    const set = (key, value) => {
        const index = result.findIndex(([name]) => name === key);
        if (index >= 0)
            result[index] = [key, value];
        else
            result.push([key, value]);
    };
    set('precision', json.precision ?? null);
    set('scale', json.scale ?? 0);
    return result;
}
function truthy(value) {
    if (value === undefined || value === null || value === false || value === '' || value === 0)
        return false;
    if (typeof value === 'bigint')
        return value !== 0n;
    if (value instanceof _json_value__WEBPACK_IMPORTED_MODULE_1__/* .JsonDouble */ .g)
        return value.value !== 0;
    if (Array.isArray(value))
        return value.length > 0;
    if ((0,_json_value__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(value))
        return Object.keys(value).length > 0;
    return true;
}
/** Python avro's `Name(name, space, default_space).fullname`. */
function fullName(name, space, defaultSpace) {
    if (name === '')
        throw new AvroModelError('Name must not be the empty string.');
    if (name.includes('.') || space === '' || !(space || defaultSpace))
        return name;
    return `${space || defaultSpace}.${name}`;
}
function spaceOf(fullname) {
    const dot = fullname.lastIndexOf('.');
    return dot >= 0 ? fullname.slice(0, dot) : undefined;
}
class Names {
    named = new Map();
    defaultNamespace;
    lookup(reference) {
        return this.named.get(fullName(reference, undefined, this.defaultNamespace));
    }
    add(fullname, schema) {
        if (PRIMITIVE_TYPES.has(fullname))
            throw new AvroModelError(`${fullname} is a reserved type name.`);
        if (this.named.has(fullname))
            throw new AvroModelError(`The name "${fullname}" is already in use.`);
        this.named.set(fullname, schema);
    }
}
function referenceOrSchema(json, names) {
    if (typeof json === 'string') {
        const known = names.lookup(json);
        if (known)
            return known;
    }
    return makeSchema(json, names);
}
function makeField(json, names) {
    if (!(0,_json_value__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json))
        throw new AvroModelError(`Not a valid field: ${JSON.stringify(json)}`);
    const name = json.name;
    if (typeof name !== 'string' || name === '')
        throw new AvroModelError('Fields must have a non-empty string name.');
    if (json.order !== undefined && json.order !== null && !FIELD_SORT_ORDERS.includes(json.order)) {
        throw new AvroModelError(`The order property ${(0,_python_format__WEBPACK_IMPORTED_MODULE_2__/* .pythonStr */ .qV)(json.order)} is not valid.`);
    }
    const field = {
        kind: 'field',
        name,
        type: referenceOrSchema(json.type, names),
        otherProps: otherProps(json, FIELD_RESERVED),
    };
    if (json.doc !== undefined && json.doc !== null)
        field.doc = json.doc;
    if (json.default !== undefined && json.default !== null)
        field.default = json.default;
    return field;
}
function makeNamed(json, type, names, logicalType) {
    const name = json.name;
    if (typeof name !== 'string')
        throw new AvroModelError(`Name ${JSON.stringify(name)} must be a string.`);
    const namespace = 'namespace' in json ? json.namespace : names.defaultNamespace;
    if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') {
        throw new AvroModelError('The namespace property must be a string.');
    }
    const fullname = fullName(name, namespace, names.defaultNamespace);
    const shortName = name.split('.').at(-1);
    const props = otherProps(json, SCHEMA_RESERVED);
    if (type === 'fixed') {
        const size = pythonInt(json.size);
        if (size === undefined || size < 0)
            throw new AvroModelError('Fixed Schema requires a valid positive integer for size property.');
        const fixed = { kind: 'fixed', type, name: shortName, fullname, otherProps: props };
        if (logicalType === 'decimal' && validDecimal(json.precision, json.scale, Math.floor(Math.log10(2) * (8 * size - 1)))) {
            fixed.logicalType = 'decimal';
            fixed.otherProps = withDecimalProps(props, json);
        }
        names.add(fullname, fixed);
        return fixed;
    }
    if (type === 'enum') {
        const symbols = json.symbols;
        if (!Array.isArray(symbols) || symbols.some((symbol) => typeof symbol !== 'string')) {
            throw new AvroModelError('Enum symbols must be a sequence of strings.');
        }
        // validate_enum_symbols stays on in DataHub's parse: symbols are names, once each; a default is one.
        if (symbols.some((symbol) => !BASE_NAME.test(symbol)))
            throw new AvroModelError('An enum symbol must be a valid schema name.');
        if (new Set(symbols).size < symbols.length)
            throw new AvroModelError(`Duplicate symbol: ${JSON.stringify(symbols)}`);
        if ('default' in json && !symbols.includes(json.default)) {
            throw new AvroModelError(`Enum default ${(0,_python_format__WEBPACK_IMPORTED_MODULE_2__/* .pythonStr */ .qV)(json.default)} is not a valid member of symbols ${JSON.stringify(symbols)}`);
        }
        const enumNode = { kind: 'enum', type, name: shortName, fullname, otherProps: props };
        if (json.doc !== undefined && json.doc !== null)
            enumNode.doc = json.doc;
        names.add(fullname, enumNode);
        return enumNode;
    }
    if (!Array.isArray(json.fields))
        throw new AvroModelError('Record schema requires a fields list.');
    const record = { kind: 'record', type, name: shortName, fullname, otherProps: props, fields: [] };
    if (json.doc !== undefined && json.doc !== null)
        record.doc = json.doc;
    // Registered before its fields are read, so the record can refer to itself.
    names.add(fullname, record);
    const outerNamespace = names.defaultNamespace;
    names.defaultNamespace = spaceOf(fullname);
    const seen = new Set();
    for (const fieldJson of json.fields) {
        const field = makeField(fieldJson, names);
        if (seen.has(field.name))
            throw new AvroModelError(`Field name ${field.name} already in use.`);
        seen.add(field.name);
        record.fields.push(field);
    }
    names.defaultNamespace = outerNamespace;
    return record;
}
function makeSchema(json, names) {
    if (Array.isArray(json)) {
        const schemas = [];
        for (const branchJson of json) {
            const branch = referenceOrSchema(branchJson, names);
            const named = branch.kind === 'record' || branch.kind === 'enum' || branch.kind === 'fixed';
            if (!named && schemas.some((existing) => existing.type === branch.type)) {
                throw new AvroModelError(`${branch.type} type already in Union`);
            }
            if (branch.kind === 'union')
                throw new AvroModelError('Unions cannot contain other unions.');
            schemas.push(branch);
        }
        return { kind: 'union', type: 'union', otherProps: [], schemas };
    }
    if (typeof json === 'string') {
        if (PRIMITIVE_TYPES.has(json))
            return { kind: 'primitive', type: json, otherProps: [] };
        throw new AvroModelError(`Could not make an Avro Schema object from ${json}`);
    }
    if (json === undefined || !(0,_json_value__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json)) {
        throw new AvroModelError(`Could not make an Avro Schema object from ${JSON.stringify(json)}`);
    }
    const type = json.type;
    const props = otherProps(json, SCHEMA_RESERVED);
    const logicalType = json.logicalType;
    if (typeof type !== 'string') {
        if (type === undefined)
            throw new AvroModelError('No "type" property');
        throw new AvroModelError(`Undefined type: ${JSON.stringify(type)}`);
    }
    if (truthy(logicalType) && typeof logicalType === 'string') {
        if (LOGICAL_PRIMITIVES.has(`${logicalType}/${type}`))
            return { kind: 'primitive', type, otherProps: props, logicalType };
        if (logicalType === 'decimal' && type === 'bytes' && validDecimal(json.precision, json.scale, 2 ** 31 - 1)) {
            return { kind: 'primitive', type, otherProps: withDecimalProps(props, json), logicalType };
        }
    }
    if (type === 'record' || type === 'error' || type === 'enum' || type === 'fixed')
        return makeNamed(json, type, names, logicalType);
    if (PRIMITIVE_TYPES.has(type))
        return { kind: 'primitive', type, otherProps: props };
    if (type === 'array')
        return { kind: 'array', type, otherProps: props, items: referenceOrSchema(json.items, names) };
    if (type === 'map')
        return { kind: 'map', type, otherProps: props, values: referenceOrSchema(json.values, names) };
    throw new AvroModelError(`Undefined type: ${type}`);
}
/**
 * Throws (AvroModelError, SyntaxError) unless DataHub's Kafka source can parse the schema text:
 * Python avro's `parse(text, validate_names=False)`. Names are not checked, nor defaults (a long
 * default beyond 2^53 is fine); enum symbols, field orders and the structure are.
 */
function checkDataHubAvroSchema(text) {
    buildAvroModel((0,_json_parse__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text));
}
/** Builds the model from parsed schema JSON (parse with `parseJson` to keep number kinds). */
function buildAvroModel(json) {
    return makeSchema(json, new Names());
}
function pythonTruthy(value) {
    return truthy(value);
}
function propOf(node, key) {
    if (key === 'doc' && (node.kind === 'record' || node.kind === 'enum' || node.kind === 'field'))
        return node.doc;
    return node.otherProps.find(([name]) => name === key)?.[1];
}


/***/ }),

/***/ 30685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ avroTagUrns),
/* harmony export */   x: () => (/* binding */ SCHEMA_TAGS_FIELD)
/* harmony export */ });
/* harmony import */ var _python_format__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17173);
/* harmony import */ var _urn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28120);


/** The Avro property DataHub's Kafka source reads tags from (its `schema_tags_field`, default `tags`). */
const SCHEMA_TAGS_FIELD = 'tags';
/**
 * The tag URNs of an Avro `tags` property, in order and as written (duplicates too), as DataHub's
 * Kafka source makes them: `make_tag_urn(tag_prefix + tag)` with its default prefix ''. Only a
 * list of strings is read. DataHub's source iterates whatever is there: a string becomes one tag
 * per letter, anything else loses every field of the schema; here such a value, and a tag DataHub
 * makes no valid URN of (empty, another entity's URN), is left out with a warning naming `where`.
 */
function avroTagUrns(value, where, warnings) {
    if (!Array.isArray(value)) {
        warnings.push(`${where}: Avro "${SCHEMA_TAGS_FIELD}" must be a list of strings, ignored (${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .pythonJsonDumps */ .MT)(value)})`);
        return [];
    }
    const urns = [];
    for (const tag of value) {
        const urn = typeof tag === 'string' ? (0,_urn__WEBPACK_IMPORTED_MODULE_0__/* .makeTagUrn */ .Up)(tag) : undefined;
        if (urn === undefined)
            warnings.push(`${where}: Avro tag ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .pythonJsonDumps */ .MT)(tag)} is not a valid DataHub tag, ignored`);
        else
            urns.push(urn);
    }
    return urns;
}


/***/ }),

/***/ 14194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ kafkaSchemaFields)
/* harmony export */ });
/* unused harmony export convertAvroSchema */
/* harmony import */ var _json_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27105);
/* harmony import */ var _avro_model__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45967);
/* harmony import */ var _avro_tags__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30685);
/* harmony import */ var _python_format__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17173);
/* harmony import */ var _util_own__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88996);





/**
 * DataHub's v2 field paths for an Avro schema: a line-by-line port of
 * `AvroToMceSchemaConverter` (acryl-datahub, datahub/ingestion/extractor/schema_util.py),
 * quirks included, so that DataHub shows the same fields whether its own Kafka source or this
 * tool emitted the schema. The tests compare the two on every schema we have.
 */
const VERSION = '[version=2.0]';
const NULL = 'null';
const TYPE_CLASSES = {
    null: 'NullType',
    bool: 'BooleanType',
    boolean: 'BooleanType',
    int: 'NumberType',
    long: 'NumberType',
    float: 'NumberType',
    double: 'NumberType',
    bytes: 'BytesType',
    string: 'StringType',
    record: 'RecordType',
    map: 'MapType',
    enum: 'EnumType',
    array: 'ArrayType',
    union: 'UnionType',
    fixed: 'FixedType',
};
const LOGICAL_TYPE_CLASSES = {
    date: 'DateType',
    decimal: 'NumberType',
    'time-micros': 'TimeType',
    'time-millis': 'TimeType',
    'timestamp-micros': 'TimeType',
    'timestamp-millis': 'TimeType',
    uuid: 'StringType',
};
/** Props the converter reads but leaves out of jsonProps. */
const JSON_PROPS_TO_SKIP = new Set(['_nullable', 'native_data_type']);
/**
 * Python gives up with RecursionError on schemas that recurse through a union (a linked list
 * `next: ["null", "Node"]`); its Kafka source swallows the error and emits no fields. The port
 * stops at a depth no finite real schema reaches and does the same.
 */
const MAX_PATH_DEPTH = 300;
class ConversionRecursionError extends Error {
}
function isLogical(node) {
    return node.kind !== 'field' && node.logicalType !== undefined;
}
function typeName(node, logicalIfPresent = false) {
    if (logicalIfPresent) {
        const logical = (node.kind !== 'field' && node.logicalType) || (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(node, 'logicalType');
        if ((0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .pythonTruthy */ .lP)(logical))
            return (0,_python_format__WEBPACK_IMPORTED_MODULE_3__/* .pythonStr */ .qV)(logical);
    }
    return node.kind === 'field' ? node.type.type : node.type;
}
function columnType(node, logicalType) {
    let typeClass = TYPE_CLASSES[typeName(node)];
    // A schema's logicalType is data: `constructor` is no key of the table (Python's dict.get).
    if (logicalType !== undefined)
        typeClass = (0,_util_own__WEBPACK_IMPORTED_MODULE_4__/* .ownValue */ .e)(LOGICAL_TYPE_CLASSES, logicalType) ?? typeClass;
    if (typeClass === undefined)
        throw new _avro_model__WEBPACK_IMPORTED_MODULE_1__/* .AvroModelError */ .Om(`no DataHub type for Avro type ${typeName(node)}`);
    let payload = {};
    if (typeClass === 'ArrayType' && node.kind === 'array')
        payload = { nestedType: [typeName(node.items, true)] };
    else if (typeClass === 'MapType' && node.kind === 'map')
        payload = { keyType: 'string', valueType: typeName(node.values, true) };
    return { type: { [`com.linkedin.schema.${typeClass}`]: payload } };
}
function optionUnderlying(node) {
    if (node.kind === 'union' && node.schemas.length === 2) {
        const [first, second] = node.schemas;
        if (first.type === NULL)
            return second;
        if (second.type === NULL)
            return first;
    }
    return undefined;
}
function stripNamespace(name) {
    return name.split('.').at(-1);
}
function simpleNativeType(node) {
    if (node.kind === 'record' || node.kind === 'field')
        return stripNamespace(node.name);
    const underlying = optionUnderlying(node);
    if (underlying)
        return underlying.type;
    return node.type;
}
function typeAnnotation(node) {
    let simple = simpleNativeType(node);
    if (simple.startsWith('__struct_'))
        simple = 'struct';
    else if (simple.startsWith('__structn_'))
        simple = `struct${simple.split('_')[3] ?? ''}`;
    return node.kind === 'field' ? simple : `[type=${simple}]`;
}
function subSchemas(node) {
    switch (node.kind) {
        case 'array':
            return [node.items];
        case 'map':
            return [node.values];
        case 'union': {
            const underlying = optionUnderlying(node);
            return underlying ? [underlying] : node.schemas.filter((schema) => schema.type !== NULL);
        }
        case 'record':
            return node.fields;
        case 'field':
            return [node.type];
        default:
            return [];
    }
}
function mergeProps(target, node) {
    for (const [key, value] of node.otherProps) {
        // Python's dict.update keeps a key's first position and takes the last value.
        target.set(key, value);
    }
}
class Converter {
    isKeySchema;
    prefix = [VERSION];
    fieldStack = [];
    recordsSeen = [];
    /** Avro `tags` left out (see avroTagUrns). */
    warnings = [];
    constructor(isKeySchema) {
        this.isKeySchema = isKeySchema;
        if (isKeySchema)
            this.prefix.push('[key=True]');
    }
    *toFields(node) {
        if (isLogical(node)) {
            yield* this.nonNested(node);
            return;
        }
        switch (node.kind) {
            case 'record':
            case 'union':
            case 'array':
            case 'map':
                yield* this.nonFieldNested(node);
                return;
            case 'field':
                yield* this.nestedFromField(node);
                return;
            default:
                yield* this.nonNested(node);
        }
    }
    isNullable(node) {
        if (node.kind === 'field')
            return this.isNullable(node.type);
        if (node.kind === 'union')
            return node.schemas.some((schema) => this.isNullable(schema));
        if (node.kind === 'primitive' && node.type === NULL)
            return true;
        const declared = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(node, '_nullable');
        return declared === undefined ? false : (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .pythonTruthy */ .lP)(declared);
    }
    /** Python's SchemaFieldEmissionContextManager: pushes the annotation, runs `body`, pops. */
    *withContext(schema, actualSchema, body, description, defaultValue) {
        this.prefix.push(typeAnnotation(actualSchema));
        if (this.prefix.length > MAX_PATH_DEPTH)
            throw new ConversionRecursionError('maximum recursion depth exceeded');
        try {
            yield* body(() => this.emit(schema, actualSchema, description, defaultValue));
        }
        finally {
            this.prefix.pop();
        }
    }
    *emit(contextSchema, contextActual, contextDescription, defaultValue) {
        const nested = contextActual.kind === 'array' || contextActual.kind === 'field' || contextActual.kind === 'map' || contextActual.kind === 'record';
        if (!nested && this.fieldStack.length > 0) {
            yield* this.fromLastField();
            return;
        }
        let schema = contextSchema;
        let actual = contextActual;
        if (schema.kind === 'field') {
            schema = schema.type;
            actual = optionUnderlying(schema) ?? schema;
        }
        let description = contextDescription;
        const actualDoc = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(actual, 'doc');
        if (!description && (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .pythonTruthy */ .lP)(actualDoc))
            description = actualDoc;
        if (defaultValue !== undefined)
            description = `${description ? description : ''}\nField default value: ${(0,_python_format__WEBPACK_IMPORTED_MODULE_3__/* .pythonStr */ .qV)(defaultValue)}`;
        let nativeDataType = this.prefix.at(-1);
        if (schema.kind === 'union')
            nativeDataType = this.prefix.at(-2);
        if (nativeDataType.startsWith('[type='))
            nativeDataType = nativeDataType.slice('[type='.length, nativeDataType.length - 1);
        const declaredNative = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(actual, 'native_data_type');
        if (declaredNative !== undefined)
            nativeDataType = declaredNative;
        const merged = new Map();
        mergeProps(merged, contextSchema);
        mergeProps(merged, schema);
        mergeProps(merged, actual);
        const fieldPath = this.prefix.join('.');
        // Tag URNs: the Avro `tags` of the merged props (the Kafka source's schema_tags_field), then Deprecated.
        const tags = merged.has(_avro_tags__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_TAGS_FIELD */ .x) ? (0,_avro_tags__WEBPACK_IMPORTED_MODULE_2__/* .avroTagUrns */ .p)(merged.get(_avro_tags__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_TAGS_FIELD */ .x), fieldPath, this.warnings) : [];
        if (merged.has('deprecated')) {
            description = description ? `<span style="color:red">DEPRECATED: ${(0,_python_format__WEBPACK_IMPORTED_MODULE_3__/* .pythonStr */ .qV)(merged.get('deprecated'))}</span>\n${description}` : '';
            tags.push('urn:li:tag:Deprecated');
        }
        const logicalCandidate = (actual.kind !== 'field' && actual.logicalType) || (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(actual, 'logicalType') || (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .propOf */ .$5)(contextActual, 'logicalType');
        const logicalTypeName = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .pythonTruthy */ .lP)(logicalCandidate) ? logicalCandidate : undefined;
        const jsonProps = [...merged].filter(([key]) => !JSON_PROPS_TO_SKIP.has(key));
        const field = { fieldPath, nullable: this.isNullable(schema) };
        if (description !== undefined)
            field.description = description;
        field.type = columnType(actual, logicalTypeName);
        field.nativeDataType = nativeDataType;
        field.recursive = false;
        if (tags.length > 0)
            field.globalTags = { tags: tags.map((tag) => ({ tag })) };
        field.isPartOfKey = this.isKeySchema;
        if (jsonProps.length > 0)
            field.jsonProps = (0,_python_format__WEBPACK_IMPORTED_MODULE_3__/* .pythonJsonDumps */ .MT)(Object.fromEntries(jsonProps));
        yield field;
    }
    *nestedFromField(field) {
        this.fieldStack.push(field);
        try {
            for (const sub of subSchemas(field))
                yield* this.toFields(sub);
        }
        finally {
            this.fieldStack.pop();
        }
    }
    *fromLastField(schemaToRecurse) {
        const last = this.fieldStack.at(-1);
        const description = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .pythonTruthy */ .lP)(last.doc) ? (0,_python_format__WEBPACK_IMPORTED_MODULE_3__/* .pythonStr */ .qV)(last.doc) : undefined;
        const toFields = (sub) => this.toFields(sub);
        yield* this.withContext(last, last, function* (emit) {
            yield* emit();
            if (schemaToRecurse !== undefined) {
                for (const sub of subSchemas(schemaToRecurse))
                    yield* toFields(sub);
            }
        }, description, last.default);
    }
    *nonFieldNested(schema) {
        let recurse = true;
        if (schema.kind === 'record') {
            if (this.recordsSeen.includes(schema.fullname))
                recurse = false;
            else
                this.recordsSeen.push(schema.fullname);
        }
        const actual = optionUnderlying(schema) ?? schema;
        const inField = () => this.fieldStack.length > 0;
        const fromLastField = (sub) => this.fromLastField(sub);
        const toFields = (sub) => this.toFields(sub);
        yield* this.withContext(schema, actual, function* (emit) {
            if (actual.kind === 'union' || actual.kind === 'primitive' || actual.kind === 'fixed' || actual.kind === 'enum') {
                yield* emit();
            }
            if (actual.kind === 'record' && inField()) {
                yield* fromLastField(recurse ? actual : undefined);
            }
            else if (recurse) {
                for (const sub of subSchemas(actual))
                    yield* toFields(sub);
            }
        });
        if (schema.kind === 'record') {
            const index = this.recordsSeen.indexOf(schema.fullname);
            if (index >= 0)
                this.recordsSeen.splice(index, 1);
        }
    }
    *nonNested(schema) {
        yield* this.withContext(schema, schema, (emit) => emit());
    }
}
/**
 * Fields of one schema, as DataHub's Kafka source gets them: `avro_schema_to_mce_fields(text,
 * is_key_schema, schema_tags_field='tags', tag_prefix='')`.
 */
function convertAvroSchema(schemaText, isKeySchema) {
    try {
        const model = (0,_avro_model__WEBPACK_IMPORTED_MODULE_1__/* .buildAvroModel */ .wB)((0,_json_parse__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(schemaText));
        const converter = new Converter(isKeySchema);
        const fields = [...converter.toFields(model)];
        return converter.warnings.length > 0 ? { fields, warnings: converter.warnings } : { fields };
    }
    catch (error) {
        if (error instanceof ConversionRecursionError || error instanceof _avro_model__WEBPACK_IMPORTED_MODULE_1__/* .AvroModelError */ .Om || error instanceof SyntaxError) {
            return { fields: [], error: error.message };
        }
        throw error;
    }
}
/** The fields DataHub's Kafka source puts in schemaMetadata: key fields first, then value fields. */
function kafkaSchemaFields(valueText, keyText) {
    const key = keyText === undefined ? { fields: [] } : convertAvroSchema(keyText, true);
    const value = valueText === undefined ? { fields: [] } : convertAvroSchema(valueText, false);
    const errors = [key.error && `key schema: ${key.error}`, value.error && `value schema: ${value.error}`].filter(Boolean);
    const result = { fields: [...key.fields, ...value.fields] };
    if (errors.length > 0)
        result.error = errors.join('; ');
    const warnings = [...(key.warnings ?? []).map((w) => `key schema: ${w}`), ...(value.warnings ?? []).map((w) => `value schema: ${w}`)];
    if (warnings.length > 0)
        result.warnings = warnings;
    return result;
}


/***/ }),

/***/ 17173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ pythonJsonDumps),
/* harmony export */   qV: () => (/* binding */ pythonStr)
/* harmony export */ });
/* unused harmony exports pythonFloatRepr, pythonStringRepr */
/* harmony import */ var _json_value__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88399);

/**
 * DataHub's Avro converter is Python: field descriptions embed `str(default)` and `jsonProps`
 * is `json.dumps(props)`. These reproduce Python's text for JSON-loaded values exactly, which
 * needs the int/float distinction that `parseJson` keeps (`1.0` is a float, `1` an int).
 */
/** Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
function pythonFloatRepr(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0)
            return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
        const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
        const fraction = digits.slice(exponent + 1) || '0';
        return `${sign}${whole}.${fraction}`;
    }
    const shortMantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const exponentSign = exponent < 0 ? '-' : '+';
    return `${sign}${shortMantissa}e${exponentSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}
function pythonNumber(value) {
    if (value instanceof _json_value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g)
        return pythonFloatRepr(value.value);
    if (typeof value === 'bigint')
        return value.toString();
    return Number.isInteger(value) ? String(value) : pythonFloatRepr(value);
}
/** Characters Python's `str.isprintable()` rejects (other than the ones repr escapes by name). */
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;
/** Python's `repr(str)`. */
function pythonStringRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const char of text) {
        const code = char.codePointAt(0);
        if (char === '\\')
            out += '\\\\';
        else if (char === quote)
            out += `\\${quote}`;
        else if (char === '\t')
            out += '\\t';
        else if (char === '\n')
            out += '\\n';
        else if (char === '\r')
            out += '\\r';
        else if (char !== ' ' && NON_PRINTABLE.test(char)) {
            if (code <= 0xff)
                out += `\\x${code.toString(16).padStart(2, '0')}`;
            else if (code <= 0xffff)
                out += `\\u${code.toString(16).padStart(4, '0')}`;
            else
                out += `\\U${code.toString(16).padStart(8, '0')}`;
        }
        else
            out += char;
    }
    return out + quote;
}
function pythonRepr(value) {
    if (value === null)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'string')
        return pythonStringRepr(value);
    if (typeof value === 'number' || typeof value === 'bigint' || value instanceof _json_value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g)
        return pythonNumber(value);
    if (Array.isArray(value))
        return `[${value.map(pythonRepr).join(', ')}]`;
    return `{${Object.entries(value)
        .map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`)
        .join(', ')}}`;
}
/** Python's `str(value)` (an f-string interpolation) of a JSON-loaded value. */
function pythonStr(value) {
    return typeof value === 'string' ? value : pythonRepr(value);
}
function jsonStringAscii(text) {
    let out = '"';
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        const char = text[index];
        if (char === '"')
            out += '\\"';
        else if (char === '\\')
            out += '\\\\';
        else if (char === '\n')
            out += '\\n';
        else if (char === '\r')
            out += '\\r';
        else if (char === '\t')
            out += '\\t';
        else if (char === '\b')
            out += '\\b';
        else if (char === '\f')
            out += '\\f';
        // ensure_ascii escapes every UTF-16 unit outside space..'~' (astral chars become surrogate pairs).
        else if (code < 0x20 || code > 0x7e)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += char;
    }
    return out + '"';
}
/** Python's `json.dumps(value)` with its defaults (`", "`, `": "`, ensure_ascii). */
function pythonJsonDumps(value) {
    if (value === null)
        return 'null';
    if (value === true)
        return 'true';
    if (value === false)
        return 'false';
    if (typeof value === 'string')
        return jsonStringAscii(value);
    if (typeof value === 'number' || typeof value === 'bigint' || value instanceof _json_value__WEBPACK_IMPORTED_MODULE_0__/* .JsonDouble */ .g)
        return pythonNumber(value);
    if (Array.isArray(value))
        return `[${value.map(pythonJsonDumps).join(', ')}]`;
    return `{${Object.entries(value)
        .map(([key, item]) => `${jsonStringAscii(key)}: ${pythonJsonDumps(item)}`)
        .join(', ')}}`;
}


/***/ }),

/***/ 28120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ platformInstanceUrn),
/* harmony export */   Up: () => (/* binding */ makeTagUrn),
/* harmony export */   VI: () => (/* binding */ KAFKA_PLATFORM_URN),
/* harmony export */   Yc: () => (/* binding */ datasetUrn),
/* harmony export */   t0: () => (/* binding */ datasetNameOf),
/* harmony export */   wZ: () => (/* binding */ tagName)
/* harmony export */ });
/** DataHub URNs for Kafka topics and the user-owned metadata around them. */
const KAFKA_PLATFORM_URN = 'urn:li:dataPlatform:kafka';
/** `urn:li:dataset:(urn:li:dataPlatform:kafka,[<instance>.]<topic>,<ENV>)`, as DataHub's Kafka source builds it. */
function datasetUrn(topic, env, platformInstance) {
    const name = platformInstance ? `${platformInstance}.${topic}` : topic;
    return `urn:li:dataset:(${KAFKA_PLATFORM_URN},${name},${env})`;
}
function platformInstanceUrn(platformInstance) {
    return `urn:li:dataPlatformInstance:(${KAFKA_PLATFORM_URN},${platformInstance})`;
}
/** The dataset name inside a Kafka dataset URN (`[<instance>.]<topic>`), or undefined for other URNs. */
function datasetNameOf(urn) {
    const match = /^urn:li:dataset:\(urn:li:dataPlatform:kafka,(.+),([^,()]+)\)$/.exec(urn);
    return match ? { name: match[1], env: match[2] } : undefined;
}
/** Characters DataHub reserves in URN parts (its UrnEncoder's RESERVED_CHARS). */
const RESERVED_URN_CHAR = /[,()\u241F]/;
const RESERVED_URN_CHARS = new RegExp(RESERVED_URN_CHAR.source, 'g');
function percentEncode(char) {
    return [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
const TAG_URN_PREFIX = 'urn:li:tag:';
/**
 * DataHub's `make_tag_urn(tag)`: a tag URN as given, else `urn:li:tag:<name>` with the reserved
 * characters percent-encoded (`a,b` → `urn:li:tag:a%2Cb`). Undefined where the SDK raises
 * InvalidUrnError (an empty name, another entity's URN) or would make a URN it cannot read back.
 */
function makeTagUrn(tag) {
    if (tag.startsWith(TAG_URN_PREFIX))
        return tagName(tag) === undefined ? undefined : tag;
    if (tag === '' || tag.startsWith('urn:li:'))
        return undefined;
    return `${TAG_URN_PREFIX}${tag.replace(RESERVED_URN_CHARS, percentEncode)}`;
}
/** The name of a tag URN (its `tagKey`), or undefined when it is not one DataHub can read. */
function tagName(urn) {
    if (!urn.startsWith(TAG_URN_PREFIX))
        return undefined;
    const name = urn.slice(TAG_URN_PREFIX.length);
    return name === '' || RESERVED_URN_CHAR.test(name) ? undefined : name;
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
