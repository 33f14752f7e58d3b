# Apache Kafka 4.1 in KRaft mode (one combined broker/controller), jars from Maven Central, run on Java 17.
# Topics are created by the platform's code at start; broker auto-create is off.
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ENGINES_ROOT/kafka/pom.xml")
KAFKA_HOME="$CACHE/kafka-$KAFKA_VERSION"
KAFKA_DATA="$RUN/kafka/data"

kafka_start() {
  command -v java >/dev/null || die "java is needed for Kafka"
  if [ ! -f "$KAFKA_HOME/libs/.complete" ]; then
    command -v mvn >/dev/null || die "maven is needed to fetch Kafka"
    log "kafka: fetching jars with maven (cached in $KAFKA_HOME/libs)"
    rm -rf "$KAFKA_HOME/libs"
    mvn -q -B -Dmaven.repo.local="$CACHE/m2" -f "$ENGINES_ROOT/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$KAFKA_HOME/libs" >&2
    touch "$KAFKA_HOME/libs/.complete"
  fi
  mkdir -p "$RUN/kafka"
  cat >"$RUN/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  local java=(java -Xms256m -Xmx512m -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_HOME/libs/*")
  if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
    log "kafka: formatting storage"
    "${java[@]}" kafka.tools.StorageTool format -t "$("${java[@]}" kafka.tools.StorageTool random-uuid | tail -1)" \
      -c "$RUN/kafka/server.properties" >&2
  fi
  if ! port_open "$KAFKA_PORT"; then
    spawn kafka "${java[@]}" kafka.Kafka "$RUN/kafka/server.properties"
  fi
  wait_for_port "$KAFKA_PORT" 90 kafka
}
kafka_env() { echo "export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"; }
kafka_stop() { stop_pid kafka kafka.Kafka; }
