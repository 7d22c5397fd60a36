#!/usr/bin/env bash
# The nightly job: audit every registered site, then write the reports and every site's fix list, then
# drop raw crawl data past the retention horizon. Meant for cron or the systemd timer in this folder.
#
# Settings (environment, e.g. /etc/default/ppid-audit for the systemd unit):
#   PPID_AUDIT       the command (default: ppid-audit on PATH, else .venv/bin/ppid-audit of this checkout)
#   PPID_AUDIT_DB    database file or URL            (default /var/lib/ppid-audit/audit.db)
#   PPID_AUDIT_ARCHIVE_DIR  page archive folder      (default: <database>-arsip/ next to a SQLite file;
#                    required with a PostgreSQL URL: the folder the workers share)
#   PPID_SITES       registry                         (default /etc/ppid-audit/sites.toml)
#   PPID_REPORTS     folder for tonight's reports     (default /var/lib/ppid-audit/reports)
#   PPID_KEEP_DAYS   days of raw data kept by prune   (default 90; verdicts and scores are kept for ever)
#
# Exit status: the audit's own (0 complete; 3 interrupted; 5 another run holds the database; ...). The
# last line is the audit's one-line summary, for monitoring to match.
set -uo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${PPID_AUDIT:-}" ]; then
  if command -v ppid-audit >/dev/null 2>&1; then PPID_AUDIT=ppid-audit; else PPID_AUDIT="$here/.venv/bin/ppid-audit"; fi
fi
export PPID_AUDIT_DB="${PPID_AUDIT_DB:-/var/lib/ppid-audit/audit.db}"
sites="${PPID_SITES:-/etc/ppid-audit/sites.toml}"
reports="${PPID_REPORTS:-/var/lib/ppid-audit/reports}"
keep="${PPID_KEEP_DAYS:-90}"
night="$reports/$(date -u +%Y-%m-%d)"
mkdir -p "$night"

"$PPID_AUDIT" run --config "$sites" --db "$PPID_AUDIT_DB"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "ppid-audit nightly: audit failed with exit $status; no reports written" >&2
  exit "$status"
fi
# Reports of the run just made (an interrupted run's reports say which sites it did not reach).
for kind in ranking trend changes; do
  "$PPID_AUDIT" report "$kind" --db "$PPID_AUDIT_DB" --out "$night/$kind.html" || status=$?
  "$PPID_AUDIT" report "$kind" --db "$PPID_AUDIT_DB" --out "$night/$kind.xlsx" || status=$?
done
"$PPID_AUDIT" report komisi --db "$PPID_AUDIT_DB" --out "$night/komisi.xlsx" || status=$?
"$PPID_AUDIT" fixes --all --db "$PPID_AUDIT_DB" --out "$night/perbaikan" --format html || status=$?
"$PPID_AUDIT" prune --db "$PPID_AUDIT_DB" --keep "$keep" || status=$?
echo "ppid-audit nightly: reports in $night (exit $status)"
exit "$status"
