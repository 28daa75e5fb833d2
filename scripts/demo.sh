#!/usr/bin/env bash
# The main job on the bundled example: a brief of the article, then a small corpus store built from it and what the
# corpus commands return. Run by `npm run demo` (after `npm ci`, which builds dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
example=examples/seed-ukraine-ceasefire-2025-03-16.txt
dossier() { node dist/src/cli/main.js "$@"; }
say() { printf '\n\033[1m$ dossier %s\033[0m\n' "$*"; }

say analyze "$example" --date 2025-03-16
dossier analyze "$example" --date 2025-03-16

rm -f demo.db demo.db-wal demo.db-shm
say ingest "$example" --date 2025-03-16 --db demo.db
dossier ingest "$example" --date 2025-03-16 --db demo.db --no-progress
for cmd in "quotes --speaker Zelenskyy --limit 5" "timeline --limit 8" "events" "findings" "entities --limit 8" "search ceasefire"; do
  say $cmd --db demo.db
  # shellcheck disable=SC2086
  dossier $cmd --db demo.db
done
printf '\nBrowse it: node dist/src/cli/main.js serve --db demo.db   (http://127.0.0.1:8421/)\n'
