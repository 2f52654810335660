#!/usr/bin/env bash
# Switchboard demo: builds everything, provisions WildFly (from Maven Central) with the wildfly-config
# scripts, deploys the EAR, starts the PBX simulator and the server, and prints where to log in.
# Ctrl-C stops everything it started. Data (H2 file database) is kept across runs until `mvn clean`.
#
#   ./run-demo.sh                 build, then run
#   SKIP_BUILD=1 ./run-demo.sh    run what was built last time
#   DEMO_CALL_INTERVAL=20s        how often the simulator rings a call into the support queue (default 30s)
set -euo pipefail
cd "$(dirname "$0")"

started_ms=$(date +%s%3N)
server="wildfly-config/target/wildfly-39.0.1.Final"
ami_port=${SWITCHBOARD_AMI_PORT:-5038}
# The AMI secret is made up per run and handed to both sides through the environment, never stored.
export SWITCHBOARD_AMI_SECRET=${SWITCHBOARD_AMI_SECRET:-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
export SWITCHBOARD_AMI_PORT=$ami_port
export SWITCHBOARD_AMI_USER=${SWITCHBOARD_AMI_USER:-switchboard}

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "Building (mvn install, tests skipped; run the tests with: mvn verify)..."
    mvn -B -q install -DskipTests -pl '!src-test'
fi
[ -x "$server/bin/standalone.sh" ] || { echo "No server at $server: run without SKIP_BUILD" >&2; exit 1; }
cp ear/target/switchboard.ear "$server/standalone/deployments/switchboard.ear"

pids=()
cleanup() {
    echo
    echo "Stopping Switchboard demo..."
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

sim_jar=$(ls pbx-simulator/target/switchboard-pbx-simulator-*.jar | grep -v -e sources -e tests | head -1)
# The simulator reads SWITCHBOARD_AMI_SECRET from the environment too: no secret on a command line (ps).
java -jar "$sim_jar" --port "$ami_port" --user "$SWITCHBOARD_AMI_USER" \
    --demo-calls-every "${DEMO_CALL_INTERVAL:-30s}" > target-demo-simulator.log 2>&1 &
pids+=($!)

# LAUNCH_JBOSS_IN_BACKGROUND makes standalone.sh pass our TERM on to the server's JVM and wait for it.
LAUNCH_JBOSS_IN_BACKGROUND=1 "$server/bin/standalone.sh" -c standalone-full.xml -Dswitchboard.demo=true > target-demo-server.log 2>&1 &
pids+=($!)

url="http://localhost:8080/switchboard/"
echo "Starting WildFly (log: target-demo-server.log) and the PBX simulator on port $ami_port (log: target-demo-simulator.log)..."
for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${url}login.xhtml" || true)
    [ "$code" = "200" ] && break
    if ! kill -0 "${pids[1]}" 2>/dev/null; then echo "WildFly stopped; see target-demo-server.log" >&2; exit 1; fi
    sleep 1
done
[ "$code" = "200" ] || { echo "The console did not answer; see target-demo-server.log" >&2; exit 1; }
elapsed=$(( ($(date +%s%3N) - started_ms) / 1000 ))

cat <<EOT

  Switchboard is running: ${url}   (console answered after ${elapsed} s)

  Demo logins (password = user name + "-demo"):
    agents       agent1 / agent1-demo, agent2 / agent2-demo, agent3 / agent3-demo
    supervisor   supervisor1 / supervisor1-demo (supervisor3: the "remote" group only)
    admin        admin1 / admin1-demo

  As an agent: sign in with an extension (e.g. 1001), press Ready; the simulator rings a call into the
  "support" queue every ${DEMO_CALL_INTERVAL:-30s} and your screen pops the caller.

  Press Ctrl-C to stop.
EOT
wait "${pids[1]}"
