# Shared steps of the benchmark scripts: PostgreSQL up, a database, the bench classpath.
# Sourced, not run. Expects $repo.

KOFU_PG_HOST=${KOFU_PG_HOST:-127.0.0.1}
KOFU_PG_PORT=${KOFU_PG_PORT:-5432}
KOFU_PG_USER=${KOFU_PG_USER:-postgres}
# ops/postgres/prepare reads them too
export KOFU_PG_HOST KOFU_PG_PORT KOFU_PG_USER

bench_postgres() {
  local db=$1
  "$repo/ops/postgres/prepare" "$db"
  echo "jdbc:postgresql://$KOFU_PG_HOST:$KOFU_PG_PORT/$db"
}

# Builds the bench module and prints its classpath (classes + dependencies).
bench_classpath() {
  local cpfile
  cpfile=$(mktemp)
  (cd "$repo" && mvn -B -q -ntp -DskipTests -Dcheckstyle.skip -Dspotless.check.skip \
    -pl ops/bench -am package dependency:build-classpath \
    -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2)
  echo "$repo/ops/bench/target/classes:$(cat "$cpfile")"
  rm -f "$cpfile"
}

# Runs a main class of the bench module (the pre-generation benchmarks: a batch node and cache
# members in this JVM) with the flags Hazelcast members need; KOFU_BENCH_JAVA_OPTS adds JVM options.
batch_bench_java() {
  local cp
  cp=$(bench_classpath)
  local flags="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens java.management/sun.management=ALL-UNNAMED \
--add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
  # shellcheck disable=SC2086
  java -Xmx${KOFU_BENCH_HEAP:-3g} ${KOFU_BENCH_JAVA_OPTS:-} $flags -Dhazelcast.phone.home.enabled=false \
    -Dhazelcast.logging.type=slf4j -Djava.awt.headless=true \
    -cp "$cp" "$@"
}

# pg_stat_statements, which counts the relays' statements (ops/bench/relay), is loaded only when the
# server starts: ops/postgres/prepare adds it and restarts (as root on the machine's own cluster, as
# .ci/run does; elsewhere it says what to do). Then the extension is created in database $1.
bench_pg_stat_statements() {
  local db=$1
  "$repo/ops/postgres/prepare" --statements
  psql -h "$KOFU_PG_HOST" -p "$KOFU_PG_PORT" -U "$KOFU_PG_USER" -Atq -d "$db" \
    -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
}
