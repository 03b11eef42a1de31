#!/usr/bin/env bash
# What `npm test` (and `npm run demo`) need from the system, checked in the first second:
# Java 17+ and Maven (the Kafka broker and Apache Avro's Java oracle, from Maven Central), kcat
# (a third-party producer), openssl (TLS test certificates), Python 3 with venv (DataHub's SDK)
# and flock. As root with apt, missing Debian packages are installed; otherwise one line names
# them with the command that installs them, and the run stops before any suite starts
# (PREFLIGHT_NO_INSTALL=1: never install, only name).
set -euo pipefail

need=()
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if ! command -v java >/dev/null || ! command -v javac >/dev/null || (( $(java_major || echo 0) < 17 )); then
  need+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null || need+=(maven)
command -v kcat >/dev/null || need+=(kcat)
command -v openssl >/dev/null || need+=(openssl)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v flock >/dev/null || need+=(util-linux)
(( ${#need[@]} == 0 )) && exit 0

if [[ $(id -u) == 0 && -z "${PREFLIGHT_NO_INSTALL:-}" ]] && command -v apt-get >/dev/null; then
  echo "preflight: installing ${need[*]} (apt-get)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "preflight: the tests need ${need[*]}: install them with: sudo apt-get install -y ${need[*]}" >&2
exit 1
