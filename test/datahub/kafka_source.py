"""DataHub's own Kafka source, run against the test broker, as the oracle of `emit`.

Every line of the source is DataHub's (acryl-datahub[kafka], pinned in scripts/datahub-oracle.sh)
except where it builds its schema registry client: `get_kafka_schema_registry_client`, the one
construction point of `ConfluentSchemaRegistry`, is swapped for a client that serves committed
.avsc files as the newest registered version of `<topic>-value` / `<topic>-key` (Confluent's
default TopicNameStrategy). Nothing listens on the registry URL; no network but the broker.

Request on stdin:
  {"bootstrap": "127.0.0.1:9092", "topics": ["orders", ...], "env": "PROD",
   "platform_instance": null | "name", "subjects": {"orders-value": "<avsc text>", ...},
   "out": "/path/to/mcps.json"}
The source writes its metadata change proposals to `out` with DataHub's `file` sink; the answer
on stdout is {"ok": true, "warnings": [...]} or {"ok": false, "error": "..."}.
"""

import json
import re
import sys
import traceback

from confluent_kafka.schema_registry.schema_registry_client import RegisteredSchema, Schema
from datahub.ingestion.run.pipeline import Pipeline
from datahub.ingestion.source import confluent_schema_registry


class CommittedFilesRegistry:
    """The two calls ConfluentSchemaRegistry makes for Avro subjects without references."""

    def __init__(self, subjects):
        self.subjects = subjects

    def get_subjects(self):
        return sorted(self.subjects)

    def get_latest_version(self, subject_name):
        text = self.subjects[subject_name]
        schema_id = sorted(self.subjects).index(subject_name) + 1
        return RegisteredSchema(schema_id=schema_id, guid=None, schema=Schema(text, "AVRO", []), subject=subject_name, version=1)


def main():
    request = json.load(sys.stdin)
    registry = CommittedFilesRegistry(request["subjects"])
    confluent_schema_registry.get_kafka_schema_registry_client = lambda connection: registry
    config = {
        "connection": {"bootstrap": request["bootstrap"], "schema_registry_url": "http://127.0.0.1:9/unused"},
        "env": request.get("env") or "PROD",
        "topic_patterns": {"allow": [f"^{re.escape(topic)}$" for topic in request["topics"]]},
    }
    if request.get("platform_instance"):
        config["platform_instance"] = request["platform_instance"]
    pipeline = Pipeline.create(
        {
            "source": {"type": "kafka", "config": config},
            "sink": {"type": "file", "config": {"filename": request["out"]}},
        }
    )
    pipeline.run()
    pipeline.raise_from_status()
    warnings = [str(w) for w in pipeline.source.get_report().warnings]
    json.dump({"ok": True, "warnings": warnings}, sys.stdout)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # the answer names the failure; the test prints it
        json.dump({"ok": False, "error": f"{error}\n{traceback.format_exc()[-3000:]}"}, sys.stdout)
