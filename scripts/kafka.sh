#!/usr/bin/env bash
# Starts or stops one real Apache Kafka broker (KRaft, broker+controller) on 127.0.0.1
# for the tests and the demo. Jars come from Maven Central (test/kafka/pom.xml) and are
# cached in .cache/kafka/libs. Only the process this script started is ever stopped.
#
#   scripts/kafka.sh start|stop|status      KAFKA_PORT (default 19092) picks the port.
#   The port is the project's own (not Kafka's usual 9092), and a broker this script did not start
#   is never used: the tests and the demo create topics, so they must not land on someone's Kafka.
#   KAFKA_EXTRA_PROPERTIES (appended to server.properties; later keys win), KAFKA_SCRAM_USERS
#   ("MECH=[name=u,password=p]" entries separated by ';', added when formatting storage) and
#   KAFKA_HEAP (default 1g) let tests start brokers with SASL/TLS listeners.
#   KAFKA_KEEP_DATA=1 restarts a broker on its previous log dirs (topics and records kept)
#   when this port's storage was formatted before; otherwise storage is wiped and formatted.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${KAFKA_PORT:-19092}"
controller_port="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
cache="$root/.cache/kafka"
libs="$cache/libs"
home="$cache/broker-$port"
pidfile="$home/broker.pid"

log() { echo "kafka[$port]: $*" >&2; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

our_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid; pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null && grep -q 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

fetch_jars() {
  [[ -f "$libs/.complete" ]] && return 0
  log "fetching Apache Kafka jars from Maven Central (once)"
  rm -rf "$libs"; mkdir -p "$libs"
  mkdir -p "$cache"
  mvn -q -B -f "$root/test/kafka/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
    -DoutputDirectory="$libs" -DincludeScope=runtime >"$cache/maven.log" 2>&1 \
    || { cat "$cache/maven.log" >&2; log "fetching the jars failed"; exit 1; }
  touch "$libs/.complete"
}

write_config() {
  mkdir -p "$home/data" "$home/logs"
  cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$home/data
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
delete.topic.enable=true
log.segment.bytes=16777216
log.retention.check.interval.ms=5000
${KAFKA_EXTRA_PROPERTIES:-}
PROPS
  cat > "$home/log4j2.properties" <<LOG
status = error
appender.file.type = File
appender.file.name = file
appender.file.fileName = $home/logs/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.file.ref = file
logger.server.name = kafka.server.KafkaRaftServer
logger.server.level = INFO
LOG
}

start() {
  if pid="$(our_pid)"; then
    answers && { log "already running (pid $pid)"; return 0; }
  elif answers; then
    log "port $port already answers, but not with a broker this script started: stop that process or pick another port with KAFKA_PORT (the tests and the demo only use a broker they started)"
    exit 3
  fi
  command -v java >/dev/null || { log "java not found: install a JDK 17+"; exit 1; }
  fetch_jars
  local keep=""
  if [[ "${KAFKA_KEEP_DATA:-}" == 1 && -f "$home/data/meta.properties" ]]; then keep=1; fi
  if [[ -n "$keep" ]]; then write_config; else rm -rf "$home"; write_config; fi
  local java=(java -Xms256m -Xmx${KAFKA_HEAP:-1g} -XX:+UseG1GC -Djava.awt.headless=true
    "-Dlog4j2.configurationFile=$home/log4j2.properties" -cp "$libs/*")
  local scram=()
  if [[ -n "${KAFKA_SCRAM_USERS:-}" ]]; then
    IFS=';' read -r -a users <<<"$KAFKA_SCRAM_USERS"
    for user in "${users[@]}"; do scram+=(--add-scram "$user"); done
  fi
  if [[ -z "$keep" ]]; then
    "${java[@]}" kafka.tools.StorageTool format -t "scout-test-cluster-id0" \
      -c "$home/server.properties" "${scram[@]}" >"$home/logs/format.log" 2>&1 \
      || { cat "$home/logs/format.log" >&2; log "formatting storage failed"; exit 1; }
  else
    log "keeping the log dirs of the previous run (KAFKA_KEEP_DATA=1)"
    : >"$home/logs/server.log" # the wait below looks for this run's start line
  fi
  nohup "${java[@]}" kafka.Kafka "$home/server.properties" >"$home/logs/stdout.log" 2>&1 &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + ${KAFKA_START_TIMEOUT:-90}))
  until grep -q 'Kafka Server started' "$home/logs/server.log" 2>/dev/null && answers; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      tail -n 40 "$home/logs/stdout.log" "$home/logs/server.log" >&2 2>/dev/null || true
      log "broker exited during start"; exit 1
    fi
    (( SECONDS < deadline )) || { log "broker did not answer within ${KAFKA_START_TIMEOUT:-90}s"; stop; exit 1; }
    sleep 0.5
  done
  log "started (pid $(cat "$pidfile")) on 127.0.0.1:$port"
}

stop() {
  local pid
  if ! pid="$(our_pid)"; then log "not running (nothing this script started)"; rm -f "$pidfile"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pidfile"
  log "stopped (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if pid="$(our_pid)"; then log "running (pid $pid)"; elif answers; then log "port answers (not a broker this script started)"; exit 3; else log "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
