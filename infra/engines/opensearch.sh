# OpenSearch 2.19, single node, security off (the integ-test distribution has no security plugin),
# heap 512 MiB, run as an unprivileged account because it refuses root.
OS_VERSION=2.19.6
OS_HOME="$CACHE/opensearch-$OS_VERSION"
OS_RUN="$RUN/opensearch"

opensearch_install() {
  [ -f "$OS_HOME/.complete" ] && return 0
  command -v mvn >/dev/null || die "maven is needed to fetch OpenSearch"
  command -v unzip >/dev/null || apt_install unzip
  log "opensearch: fetching $OS_VERSION from Maven Central (cached in $OS_HOME)"
  local dl="$CACHE/opensearch-download"
  rm -rf "$dl" "$OS_HOME"
  mvn -q -B -Dmaven.repo.local="$CACHE/m2" -f "$ENGINES_ROOT/opensearch/pom.xml" dependency:copy-dependencies -DoutputDirectory="$dl" >&2
  unzip -q "$dl/opensearch-$OS_VERSION.zip" -d "$CACHE"
  local module="$OS_HOME/modules/analysis-common"
  mkdir -p "$module"
  cp "$dl/analysis-common-$OS_VERSION.jar" "$module/"
  cat >"$module/plugin-descriptor.properties" <<DESC
description=Adds "built in" analyzers to OpenSearch.
version=$OS_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$OS_VERSION
DESC
  rm -rf "$dl"
  touch "$OS_HOME/.complete"
}

opensearch_start() {
  command -v java >/dev/null || die "java is needed for OpenSearch"
  opensearch_install
  ensure_engine_user
  mkdir -p "$OS_RUN/data" "$OS_RUN/logs" "$OS_RUN/config"
  cp "$OS_HOME/config/log4j2.properties" "$OS_RUN/config/"
  # The launcher runs from the install folder; point its relative log and dump paths at ours.
  sed -e "s#file=logs/#file=$OS_RUN/logs/#; s#HeapDumpPath=data#HeapDumpPath=$OS_RUN/data#; s#ErrorFile=logs/#ErrorFile=$OS_RUN/logs/#" \
    "$OS_HOME/config/jvm.options" >"$OS_RUN/config/jvm.options"
  cat >"$OS_RUN/config/opensearch.yml" <<YML
cluster.name: shop-engines
node.name: node-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $OPENSEARCH_PORT
transport.port: $((OPENSEARCH_PORT + 100))
path.data: $OS_RUN/data
path.logs: $OS_RUN/logs
action.auto_create_index: false
cluster.routing.allocation.disk.threshold_enabled: false
YML
  chown -R shopengine "$OS_RUN"
  chmod -R a+rX "$OS_HOME"
  allow_traverse "$OS_HOME"
  if ! port_open "$OPENSEARCH_PORT"; then
    rm -f "$OS_RUN/opensearch.pid"
    : >"$RUN/opensearch.log"
    chown shopengine "$RUN/opensearch.log"
    OPENSEARCH_PATH_CONF="$OS_RUN/config" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
      OPENSEARCH_JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}" \
      runuser -u shopengine -- "$OS_HOME/bin/opensearch" -d -p "$OS_RUN/opensearch.pid" >>"$RUN/opensearch.log" 2>&1 ||
      die "opensearch failed to start (log: $RUN/opensearch.log)"
  fi
  local i
  for ((i = 0; i < 480; i++)); do
    curl -fsS "http://127.0.0.1:$OPENSEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && return 0
    # Daemonised: once it has written its pid, a dead pid means it failed (see its log).
    if [ -f "$OS_RUN/opensearch.pid" ] && ! kill -0 "$(cat "$OS_RUN/opensearch.pid")" 2>/dev/null; then
      die "opensearch exited during start (log: $OS_RUN/logs/shop-engines.log)"
    fi
    sleep 0.5
  done
  die "opensearch did not become healthy within 240s (log: $OS_RUN/logs)"
}
opensearch_env() { echo "export OPENSEARCH_URL=http://127.0.0.1:$OPENSEARCH_PORT"; }
opensearch_stop() {
  [ -f "$OS_RUN/opensearch.pid" ] && cp "$OS_RUN/opensearch.pid" "$RUN/opensearch.pid"
  stop_pid opensearch org.opensearch.bootstrap.OpenSearch
  rm -f "$OS_RUN/opensearch.pid"
}
