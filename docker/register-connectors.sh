#!/bin/sh
# The one-shot `connector-registrar`: POSTs each connector JSON to the Connect worker's REST API
# (what docs/docker.md shows by hand with curl). A connector that already exists (HTTP 409 after a
# second `up`) is left as it is; other failures, such as a worker still rebalancing, are retried.
set -eu

CONNECT_URL=${CONNECT_URL:-http://connect:8083}
CONNECTORS_DIR=${CONNECTORS_DIR:-/connectors}
CONNECTORS=${CONNECTORS:-source_connector.json sink_connector.json}
ATTEMPTS=${ATTEMPTS:-30}
response=$(mktemp)

register() {
    file="$CONNECTORS_DIR/$1"
    attempt=1
    while :; do
        : >"$response"
        code=$(curl -sS -o "$response" -w '%{http_code}' -X POST \
            -H 'Content-Type: application/json' --data "@$file" "$CONNECT_URL/connectors") || code=000
        if [ "$code" = 201 ]; then
            echo "registered $1"
            return 0
        fi
        if [ "$code" = 409 ] && grep -q 'already exists' "$response"; then
            echo "$1 is already registered"
            return 0
        fi
        if [ "$attempt" -ge "$ATTEMPTS" ]; then
            echo "could not register $1: HTTP $code $(cat "$response")" >&2
            return 1
        fi
        attempt=$((attempt + 1))
        sleep 2
    done
}

for connector in $CONNECTORS; do
    register "$connector"
done
curl -sS "$CONNECT_URL/connectors?expand=status"
echo
