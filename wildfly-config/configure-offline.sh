#!/usr/bin/env bash
# Applies the Switchboard configure-*.cli scripts to a stopped WildFly installation, through an embedded
# server, in one CLI run. Used by the build (demo server, test server); IT ops with a running server use
# the .cli files directly: jboss-cli.sh --connect --file=configure-messaging.cli (see README).
#
#   configure-offline.sh JBOSS_HOME [h2|postgresql] [postgresql-driver.jar]
set -euo pipefail

jboss_home=${1:?usage: configure-offline.sh JBOSS_HOME [h2|postgresql] [postgresql.jar]}
database=${2:-h2}
driver_jar=${3:-}
cli_dir=$(cd "$(dirname "$0")" && pwd)

script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT

{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    cat "$cli_dir/configure-messaging.cli"
    case "$database" in
        h2) cat "$cli_dir/configure-datasource-h2.cli" ;;
        postgresql)
            if [ ! -d "$jboss_home/modules/org/postgresql" ]; then
                [ -f "$driver_jar" ] || { echo "postgresql needs the driver jar as third argument" >&2; exit 2; }
                echo "module add --name=org.postgresql --resources=$driver_jar --dependencies=jakarta.transaction.api,java.logging,java.sql,java.naming,java.security.sasl"
            fi
            cat "$cli_dir/configure-datasource-postgresql.cli" ;;
        *) echo "unknown database '$database' (h2 or postgresql)" >&2; exit 2 ;;
    esac
    cat "$cli_dir/configure-security.cli"
    cat "$cli_dir/configure-pbx.cli"
    cat "$cli_dir/configure-openapi.cli"
    echo "stop-embedded-server"
} > "$script"

"$jboss_home/bin/jboss-cli.sh" --file="$script"
echo "Switchboard configuration applied to $jboss_home ($database)"
