"""DataHub's own SDK as the tests' oracle. JSON request on stdin, JSON answer on stdout.

Requests:
  {"op": "fields", "cases": [{"value": "<avsc text>", "key": "<avsc text>" | null}]}
      -> {"results": [{"fields": [SchemaField.to_obj(), ...]} | {"error": "..."}]}
     key fields first (is_key_schema=True), then value fields, as DataHub's Kafka source does
     (Avro `tags` properties read, as its default schema_tags_field).
  {"op": "validate", "proposals": [<MCP in Rest.li form: aspect = {value: <json string>, contentType}>]}
      -> {"results": [{"ok": true} | {"ok": false, "error": "..."}]}
  {"op": "emit", "url": "...", "token": "..." | null, "mode": "batch" | "single", "proposals": [...]}
      -> {"ok": true} | {"ok": false, "error": "..."}  (sends with DatahubRestEmitter over Rest.li)
  {"op": "parse", "schemas": ["<avsc text>", ...]}
      -> {"results": [null | "<error>"]}  (avro.schema.parse(text, validate_names=False), as the Kafka source parses)
  {"op": "version"} -> {"version": "<acryl-datahub version>"}
"""

import json
import sys
import traceback

from datahub.emitter.mcp import MetadataChangeProposalWrapper
from datahub.emitter.serialization_helper import post_json_transform, pre_json_transform
from datahub.ingestion.extractor.schema_util import avro_schema_to_mce_fields
from datahub.metadata.schema_classes import ASPECT_NAME_MAP, MetadataChangeProposalClass


def schema_fields(case):
    fields = []
    # The converter as DataHub's Kafka source calls it (its schema_tags_field and tag_prefix defaults).
    options = {"schema_tags_field": "tags", "tag_prefix": "", "swallow_exceptions": False}
    if case.get("key") is not None:
        fields += avro_schema_to_mce_fields(case["key"], is_key_schema=True, **options)
    fields += avro_schema_to_mce_fields(case["value"], is_key_schema=False, **options)
    # pre_json_transform gives the wire form GMS receives (com.linkedin.schema.*, no nulls).
    return [pre_json_transform(f.to_obj()) for f in fields]


def first_difference(given, canonical, path="$"):
    """Where `given` is not contained in the SDK's own round-trip of it (unknown or changed fields)."""
    if isinstance(given, dict):
        if not isinstance(canonical, dict):
            return f"{path}: expected an object"
        for key, value in given.items():
            if key not in canonical:
                return f"{path}.{key}: not a field of the SDK's class"
            found = first_difference(value, canonical[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(given, list):
        if not isinstance(canonical, list) or len(given) != len(canonical):
            return f"{path}: list differs"
        for index, (a, b) in enumerate(zip(given, canonical)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    if given != canonical:
        return f"{path}: {given!r} became {canonical!r}"
    return None


def validate_proposal(obj):
    mcp = MetadataChangeProposalClass.from_obj(json.loads(json.dumps(obj)))
    if not mcp.validate():
        return "MetadataChangeProposalClass.validate() failed"
    found = first_difference(obj, mcp.to_obj())
    if found:
        return f"proposal {found}"
    aspect_class = ASPECT_NAME_MAP.get(mcp.aspectName)
    if aspect_class is None:
        return f"unknown aspect {mcp.aspectName}"
    if mcp.aspect is None or mcp.aspect.contentType != "application/json":
        return "aspect must be application/json"
    aspect_obj = json.loads(mcp.aspect.value)
    # The wire form names unions com.linkedin.*; the SDK's classes com.linkedin.pegasus2avro.*.
    aspect = aspect_class.from_obj(post_json_transform(aspect_obj))
    if not aspect.validate():
        return f"{aspect_class.__name__}.validate() failed"
    found = first_difference(aspect_obj, pre_json_transform(aspect.to_obj()))
    if found:
        return f"{mcp.aspectName} {found}"
    wrapper = MetadataChangeProposalWrapper.try_from_mcpc(mcp)
    if wrapper is None:
        return "MetadataChangeProposalWrapper.try_from_mcpc could not wrap it"
    if not wrapper.validate():
        return "MetadataChangeProposalWrapper.validate() failed"
    return None


def validate(request):
    results = []
    for obj in request["proposals"]:
        try:
            error = validate_proposal(obj)
        except Exception as exc:  # the SDK raises on malformed input: that is a finding, not a crash
            error = f"{type(exc).__name__}: {exc}"
        results.append({"ok": True} if error is None else {"ok": False, "error": error})
    return {"results": results}


def emit(request):
    from datahub.emitter.rest_emitter import DatahubRestEmitter

    emitter = DatahubRestEmitter(
        gms_server=request["url"],
        token=request.get("token"),
        openapi_ingestion=False,
        retry_max_times=0,
    )
    wrappers = [MetadataChangeProposalWrapper.try_from_mcpc(MetadataChangeProposalClass.from_obj(obj)) or MetadataChangeProposalClass.from_obj(obj) for obj in request["proposals"]]
    if request.get("mode") == "single":
        for wrapper in wrappers:
            emitter.emit_mcp(wrapper)
    else:
        emitter.emit_mcps(wrappers)
    return {"ok": True}


def main():
    request = json.load(sys.stdin)
    op = request.get("op")
    try:
        if op == "fields":
            results = []
            for case in request["cases"]:
                try:
                    results.append({"fields": schema_fields(case)})
                except Exception as exc:
                    results.append({"error": f"{type(exc).__name__}: {exc}"})
            answer = {"results": results}
        elif op == "validate":
            answer = validate(request)
        elif op == "emit":
            answer = emit(request)
        elif op == "parse":
            import warnings

            import avro.schema

            results = []
            for text in request["schemas"]:
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        avro.schema.parse(text, validate_names=False)
                    results.append(None)
                except Exception as exc:
                    results.append(f"{type(exc).__name__}: {exc}")
            answer = {"results": results}
        elif op == "version":
            from importlib.metadata import version

            answer = {"version": version("acryl-datahub")}
        else:
            answer = {"error": f"unknown op {op!r}"}
    except Exception as exc:
        answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
