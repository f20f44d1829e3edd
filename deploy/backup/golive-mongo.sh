#!/usr/bin/env bash
# Backs up or restores one Golive service's MongoDB database (golive-<service>) as a gzipped mongodump archive.
#
#   deploy/backup/golive-mongo.sh backup  <service> compose|kubernetes [archive]
#   deploy/backup/golive-mongo.sh restore <service> compose|kubernetes <archive>
#
# <service>: planning, stakeholder, budget or tracking. The archive defaults to
# golive-<service>-<UTC time>.archive.gz in the current folder.
#
# compose:    runs mongodump/mongorestore inside the service's database container (<service>-mongo, image mongo:8.0,
#             which ships the database tools); run it from the folder of docker-compose.yml.
# kubernetes: forwards a local port to each member of the service's MongoDBCommunity replica set (<service>-mongo-0..2;
#             a port-forward is not subject to the NetworkPolicies) and runs the MongoDB Database Tools of this machine
#             as the service's own user (password from the Secret <service>-mongo-password). A backup reads from the
#             first member that answers; a restore needs the primary and tries the members in turn (a secondary refuses
#             the first write, before anything changed). Namespace: GOLIVE_NAMESPACE (default golive).
#
# A restore replaces the collections in the archive (--drop) and leaves others alone. Stop the service first (scale
# its Deployment to 0, or `docker compose stop <service>-service`): a relay or a consumer writing meanwhile would mix
# old and new state. The service's outbox is in the same documents as its state, so events not yet published at backup
# time are published again after a restore; events published after the backup are not undone (see README, Backups).
set -euo pipefail

usage() {
    sed -n '2,9p' "$0" >&2
    exit 2
}

[[ $# -ge 3 ]] || usage
action=$1 service=$2 target=$3
archive=${4:-}
case "$service" in planning | stakeholder | budget | tracking) ;; *) usage ;; esac
case "$action" in
    backup) archive=${archive:-golive-$service-$(date -u +%Y%m%dT%H%M%SZ).archive.gz} ;;
    restore) [[ -n "$archive" && -r "$archive" ]] || { echo "restore needs a readable archive" >&2; exit 2; } ;;
    *) usage ;;
esac
database=golive-$service

compose() {
    local container=$service-mongo
    if [[ $action == backup ]]; then
        docker compose exec -T "$container" mongodump --db="$database" --archive --gzip >"$archive"
    else
        docker compose exec -T "$container" mongorestore --nsInclude="$database.*" --drop --archive --gzip \
            --writeConcern='{w: "majority", j: true}' <"$archive"
    fi
}

# Runs the tool against one replica-set member through a port-forward; returns the tool's status.
on_member() {
    local member=$1 port config pid status
    port=$((27100 + member))
    # The password goes to the tools in a file of the user's own, not on a command line others can list.
    config=$(mktemp)
    chmod 600 "$config"
    printf 'password: "%s"\n' "$(kubectl -n "$namespace" get secret "$service-mongo-password" \
        -o jsonpath='{.data.password}' | base64 -d)" >"$config"
    kubectl -n "$namespace" port-forward "pod/$service-mongo-$member" "$port:27017" >/dev/null &
    pid=$!
    for _ in $(seq 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
        sleep 0.2
    done
    local uri="mongodb://$service-service@127.0.0.1:$port/?authSource=admin&directConnection=true"
    status=0
    if [[ $action == backup ]]; then
        mongodump --uri="$uri" --config="$config" --readPreference=primaryPreferred --db="$database" \
            --archive="$archive" --gzip || status=$?
    else
        mongorestore --uri="$uri" --config="$config" --nsInclude="$database.*" --drop --archive="$archive" --gzip \
            --writeConcern='{w: "majority", j: true}' || status=$?
    fi
    kill "$pid" 2>/dev/null || true
    rm -f "$config"
    return "$status"
}

kubernetes() {
    namespace=${GOLIVE_NAMESPACE:-golive}
    for member in 0 1 2; do
        if on_member "$member"; then
            return 0
        fi
        echo "member $service-mongo-$member did not take the $action; trying the next" >&2
    done
    echo "no member of $service-mongo took the $action" >&2
    return 1
}

case "$target" in
    compose) compose ;;
    kubernetes) kubernetes ;;
    *) usage ;;
esac
echo "$action of $database: $archive" >&2
