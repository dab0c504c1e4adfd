#!/bin/bash
# Creates one schema and one user per service; each user is granted its own schema and nothing else.
# Run by the mysql:8.0 image on the first start of an empty data volume (/docker-entrypoint-initdb.d), and safe to
# run again after adding a service (everything is IF NOT EXISTS, passwords are re-applied):
#   docker compose exec mysql /docker-entrypoint-initdb.d/10-bantu-schemas.sh
#
# Input, from the container environment (docker-compose.yml):
#   BANTU_DATABASES       whitespace-separated entries "<schema>:<PASSWORD_VARIABLE>"; the user is named like the schema
#   <PASSWORD_VARIABLE>   that user's password (from .env)
#   MYSQL_ROOT_PASSWORD   to connect as root over the local socket
# For a MySQL server elsewhere (Kubernetes, docs/DEPLOYMENT.md), run it with a mysql client and
#   BANTU_DB_ADMIN_HOST (and optionally BANTU_DB_ADMIN_PORT, default 3306; BANTU_DB_ADMIN_USER, default root;
#   BANTU_DB_ADMIN_PASSWORD, default MYSQL_ROOT_PASSWORD) to connect over TCP instead.
# Works executed or sourced by the image's entrypoint: no `exit`, no `set -u`.

bantu_create_schemas() {
  local entry schema pwvar password sql=""
  if [ -z "${BANTU_DATABASES:-}" ]; then
    echo "10-bantu-schemas: BANTU_DATABASES is empty, nothing to create" >&2
    return 1
  fi
  for entry in ${BANTU_DATABASES}; do
    schema="${entry%%:*}"
    pwvar="${entry#*:}"
    if [ "$schema" = "$entry" ] || ! [[ "$schema" =~ ^[a-z][a-z0-9_]{0,31}$ ]] || ! [[ "$pwvar" =~ ^[A-Z][A-Z0-9_]*$ ]]; then
      echo "10-bantu-schemas: bad BANTU_DATABASES entry '$entry' (expected schema:PASSWORD_VARIABLE)" >&2
      return 1
    fi
    password="${!pwvar:-}"
    if [ -z "$password" ]; then
      echo "10-bantu-schemas: $pwvar is not set (password of database user $schema)" >&2
      return 1
    fi
    password="${password//\\/\\\\}"
    password="${password//\'/\'\'}"
    sql+="CREATE DATABASE IF NOT EXISTS \`${schema}\` CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '${schema}'@'%' IDENTIFIED BY '${password}';
ALTER USER '${schema}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${schema}\`.* TO '${schema}'@'%';
"
    echo "10-bantu-schemas: schema ${schema}, user ${schema}"
  done
  sql+="FLUSH PRIVILEGES;
"
  local admin="${BANTU_DB_ADMIN_USER:-root}" secret="${BANTU_DB_ADMIN_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}"
  local -a connect=(--protocol=socket)
  if [ -n "${BANTU_DB_ADMIN_HOST:-}" ]; then
    connect=(--protocol=tcp "--host=${BANTU_DB_ADMIN_HOST}" "--port=${BANTU_DB_ADMIN_PORT:-3306}")
  fi
  secret="${secret//\\/\\\\}"
  secret="${secret//\"/\\\"}"
  mysql --defaults-extra-file=<(printf '[client]\nuser=%s\npassword="%s"\n' "$admin" "$secret") \
        "${connect[@]}" <<<"$sql"
}

bantu_create_schemas
