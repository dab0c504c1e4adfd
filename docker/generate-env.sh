#!/bin/bash
# Writes .env (next to docker-compose.yml) from .env.example, with a fresh random value (48 random bytes,
# base64) for every "change-me". Refuses to overwrite an existing .env. Needs only bash and coreutils.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -e .env ]; then
  echo "generate-env: .env already exists; move it away first if you really want new secrets" >&2
  exit 1
fi
umask 077
while IFS= read -r line || [ -n "$line" ]; do
  if [[ "$line" =~ ^[A-Z][A-Z0-9_]*=change-me$ ]]; then
    printf '%s%s\n' "${line%change-me}" "$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
  else
    printf '%s\n' "$line"
  fi
done < .env.example > .env
echo "generate-env: wrote $(pwd)/.env (mode 600); the admin login is admin@bantu.sbs with BANTU_ADMIN_PASSWORD from it"
