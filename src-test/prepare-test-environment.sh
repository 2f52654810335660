#!/usr/bin/env bash
# Makes the machine ready for the integration tests, so that a fresh Debian with JDK 17 and Maven passes:
# - headless Chromium and its driver for the browser tests (Debian packages, installed when missing);
# - the test server's data (H2 database, Artemis journal) wiped, and for PostgreSQL runs a clean schema
#   switchboard_it in database test: every run starts from the same known state.
set -euo pipefail
db=${1:-h2}
server=${2:?usage: prepare-test-environment.sh h2|postgresql SERVER_DIR}

rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/tmp"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "Installing Debian chromium and chromium-driver for the browser tests"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "$db" = "postgresql" ]; then
    psql_cmd=(psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${PGUSER:-postgres}" -d test -q)
    "${psql_cmd[@]}" -c "DROP SCHEMA IF EXISTS switchboard_it CASCADE; CREATE SCHEMA switchboard_it;"
    echo "PostgreSQL schema switchboard_it recreated"
fi
