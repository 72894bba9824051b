#!/usr/bin/env bash
# Stops what start.sh started for one state dir: only the PIDs recorded there, each checked against
# its command line first (no pkill/killall, nothing matched by name across the system).
#   COPYDESK_WP_PORT, COPYDESK_WP_DIR  as for start.sh
#   --php-only                         leave mariadbd running (start.sh uses it to clear stale workers)
#   --forget                           also remove the state dir and the site's /etc/wordpress configs
set -uo pipefail
PORT=${COPYDESK_WP_PORT:-8871}
DIR=${COPYDESK_WP_DIR:-${TMPDIR:-/tmp}/copydesk-wp-$PORT}

cmdline() { tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null; }

stop_recorded() { # stop_recorded LABEL PIDFILE PATTERN [WORKERS_FILE]
  local label=$1 pidfile=$2 pattern=$3 workers=${4:-} pids k left
  # php -S forks PHP_CLI_SERVER_WORKERS children that outlive their parent: stop those too
  pids=$( { cat "$pidfile" 2>/dev/null
            [[ -s $pidfile ]] && ps -o pid= --ppid "$(cat "$pidfile")" 2>/dev/null
            [[ -n $workers ]] && cat "$workers" 2>/dev/null; } | tr -d ' ' | sort -un)
  [[ -n $pids ]] || return 0
  for k in $pids; do cmdline "$k" | grep -qF -- "$pattern" && kill -TERM "$k" 2>/dev/null; done
  for _ in $(seq 1 100); do
    left=0
    for k in $pids; do cmdline "$k" | grep -qF -- "$pattern" && left=1; done
    (( left )) || break
    sleep 0.05
  done
  for k in $pids; do cmdline "$k" | grep -qF -- "$pattern" && kill -KILL "$k" 2>/dev/null; done
  rm -f "$pidfile" ${workers:+"$workers"}
  echo "[copydesk-wp] stopped $label (pids ${pids//$'\n'/ })" >&2
}

stop_recorded 'php -S' "$DIR/php.pid" "$DIR/router.php" "$DIR/php-workers.pid"
[[ ${1:-} == --php-only ]] && exit 0
stop_recorded mariadbd "$DIR/mysqld.pid.ours" "--datadir=$DIR/db"
if [[ ${1:-} == --forget ]]; then
  rm -f /etc/wordpress/config-copydesk-"$PORT".php /etc/wordpress/config-copydesk-"$PORT"-*.php
  [[ -f $DIR/.copydesk-wp-state ]] && rm -rf "$DIR"
fi
exit 0
