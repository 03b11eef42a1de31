#!/usr/bin/env bash
# Creates (idempotently) the Python venv with DataHub's own SDK, the conformance oracle of the tests.
# Prints the venv's python path on success. Safe to run concurrently: a lock serializes the install.
set -euo pipefail

DATAHUB_VERSION="${DATAHUB_VERSION:-1.7.0.17}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${DATAHUB_VENV:-$root/.cache/datahub-venv}"
stamp="$venv/.installed-acryl-datahub-kafka-$DATAHUB_VERSION"
python="${PYTHON:-python3}"

mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"
flock 9

if [[ ! -f "$stamp" ]]; then
  echo "datahub-oracle: installing acryl-datahub==$DATAHUB_VERSION into $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  # The base package holds the Avro converter, the aspect classes and the REST emitter; the kafka
  # extra adds DataHub's Kafka source itself (confluent-kafka wheels bundle librdkafka).
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "acryl-datahub[kafka]==$DATAHUB_VERSION" >&2
  "$venv/bin/python" -c 'import datahub.ingestion.extractor.schema_util, datahub.emitter.rest_emitter, datahub.ingestion.source.kafka.kafka' >&2
  touch "$stamp"
fi

echo "$venv/bin/python"
