#!/usr/bin/env bash
# The action's self-test, as CI's self-test job runs it (.github/workflows/ci.yml), and locally:
#   bash scripts/self-test.sh seed    start the broker (127.0.0.1:19092) and produce two topics
#   bash scripts/self-test.sh check   check what the scan and emit steps wrote
#   bash scripts/self-test.sh all     seed, then the three modes through the built entry point
#                                     (node dist/index.js with INPUT_* as the runner sets them;
#                                     review runs as the CLI, it needs the GitHub API as the action), check
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=.cache/self-test
topics=(self-test-orders self-test-users)

seed() {
  bash scripts/kafka.sh start
  rm -rf "$out" && mkdir -p "$out"
  node --input-type=module -e "
    import kafkajs from 'kafkajs';
    const kafka = new kafkajs.Kafka({ brokers: ['127.0.0.1:${KAFKA_PORT:-19092}'], logLevel: 0 });
    const admin = kafka.admin();
    await admin.connect();
    const topics = process.argv.slice(1);
    await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: 2 })), waitForLeaders: true }).catch(() => false);
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (const topic of topics) {
      await producer.send({ topic, messages: Array.from({ length: 20 }, (_, i) => ({ key: String(i), value: JSON.stringify({ id: i, amount: i * 1.5, note: i % 2 ? null : 'x' }) })) });
    }
    await producer.disconnect();
  " "${topics[@]}"
}

# What a runner gives an action step: every input as INPUT_<NAME>, outputs and summary as files.
action() {
  local env=(GITHUB_OUTPUT="$out/outputs" GITHUB_STEP_SUMMARY="$out/summary.md" GITHUB_REPOSITORY=local/self-test GITHUB_WORKSPACE="$PWD")
  while (($#)); do env+=("INPUT_${1^^}=$2"); shift 2; done
  env "${env[@]}" node dist/index.js
}

run_modes() {
  : >"$out/outputs"; : >"$out/summary.md"
  action command scan brokers "127.0.0.1:${KAFKA_PORT:-19092}" cluster self-test schema-dir "$out/kafka-schemas" include 'self-test-.*' \
    create-pull-request false create-issue false
  node dist/cli/index.js review --base HEAD --head HEAD --dir test/self-test/kafka-schemas --fail-on NONE
  action command emit schema-dir "$out/kafka-schemas" output-file "$out/proposals.json" full true
  NEW_TOPICS="$(sed -n '/^new-topics<</{n;p}' "$out/outputs")" check
}

check() {
  for topic in "${topics[@]}"; do
    [[ -f "$out/kafka-schemas/self-test/$topic/value.avsc" ]] || { echo "self-test: the scan wrote no $topic/value.avsc" >&2; exit 1; }
    grep -q "urn:li:dataset:(urn:li:dataPlatform:kafka,$topic,PROD)" "$out/proposals.json" || { echo "self-test: emit wrote no proposal for $topic" >&2; exit 1; }
    if [[ -n "${NEW_TOPICS:-}" && "$NEW_TOPICS" != *"\"$topic\""* ]]; then echo "self-test: output new-topics lacks $topic: $NEW_TOPICS" >&2; exit 1; fi
  done
  echo "self-test: scan wrote ${#topics[@]} topics, emit wrote their proposals"
}

case "${1:-all}" in
  seed) seed ;;
  check) check ;;
  all) seed && run_modes ;;
  *) echo "usage: $0 seed|check|all" >&2; exit 2 ;;
esac
