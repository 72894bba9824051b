#!/usr/bin/env bash
# Starts a real WordPress (Debian's package) on 127.0.0.1 for Copydesk's publishing tests: our own
# socket-only mariadbd, PHP's built-in server with a router, WordPress installed from the command
# line with a contributor, an author, an editor, an administrator and a publisher (a second editor),
# each with an application password, and Copydesk's companion plugin (build/wordpress-plugin)
# installed and activated. Adapted from the project's shared wordpress-local recipe.
#
# Idempotent: installs missing packages, reuses a running site and its credentials.
# Prints one JSON object on stdout (see site.ts); progress goes to stderr, logs to the state dir.
#
#   COPYDESK_WP_PORT     HTTP port on 127.0.0.1 (default 8871)
#   COPYDESK_WP_DIR      state: database, uploads, pids, logs (default $TMPDIR/copydesk-wp-<port>)
#   COPYDESK_WP_WORKERS  parallel PHP workers (default 4)
#   COPYDESK_WP_FRESH=1  stop what the state dir's site runs, wipe it and install anew
#
# Besides the site, the same install answers under /~<variant>/ as a differently configured site,
# so the connection doctor meets real failures without a second install (see site-variants.php):
#   production  WP_ENVIRONMENT_TYPE=production over http: application passwords unavailable (501)
#   plain       plain permalinks: /wp-json/ is the HTML home page, only /?rest_route=/ reaches REST
#   restoff     the REST API switched off the way "disable REST" plugins do
#   private     REST only for signed-in users, as security plugins offer
set -euo pipefail

PORT=${COPYDESK_WP_PORT:-8871}
DIR=${COPYDESK_WP_DIR:-${TMPDIR:-/tmp}/copydesk-wp-$PORT}
WORKERS=${COPYDESK_WP_WORKERS:-4}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WP_ROOT=/usr/share/wordpress
CFG="copydesk-$PORT"                            # -> /etc/wordpress/config-copydesk-<port>[-variant].php
SOCK="$DIR/mysqld.sock"
BASE="http://127.0.0.1:$PORT"
VARIANTS=(production plain restoff private)
SQL=(mariadb --no-defaults --socket="$SOCK" -uroot)

T0=$(date +%s%N)
log() { echo "[copydesk-wp +$(( ($(date +%s%N) - T0) / 1000000 ))ms] $*" >&2; }
# alive PIDFILE PATTERN: the recorded pid runs and its command line names PATTERN (guards PID reuse)
alive() {
  [[ -s $1 ]] || return 1
  local pid; pid=$(cat "$1")
  [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$2"
}

if (( ${#SOCK} > 100 )); then echo "copydesk-wp: state dir path too long for a unix socket: $DIR" >&2; exit 1; fi
# A state dir is only ever wiped when this script made it: COPYDESK_WP_DIR=$HOME must be harmless.
if [[ ${COPYDESK_WP_FRESH:-0} == 1 && -f $DIR/.copydesk-wp-state ]]; then
  COPYDESK_WP_DIR="$DIR" COPYDESK_WP_PORT="$PORT" "$HERE/stop.sh" --forget || true
fi
if [[ -d $DIR && ! -f $DIR/.copydesk-wp-state && -n $(ls -A "$DIR") ]]; then
  echo "copydesk-wp: $DIR exists and is not a Copydesk WordPress state dir" >&2; exit 1
fi
mkdir -p "$DIR"
touch "$DIR/.copydesk-wp-state"

# ---------------------------------------------------------------- packages (once per machine)
"$HERE/install-packages.sh"
log "packages present"

# ---------------------------------------------------------------- MariaDB: our own, socket only
if alive "$DIR/mysqld.pid.ours" "--datadir=$DIR/db"; then
  log "mariadbd already running"
else
  if [[ ! -d $DIR/db/mysql ]]; then
    rm -rf "$DIR/db"
    mariadb-install-db --no-defaults --datadir="$DIR/db" --user=root \
      --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
      --innodb-log-file-size=8M --innodb-buffer-pool-size=16M >"$DIR/mariadb-install-db.log" 2>&1
  fi
  # --user=root: mariadbd refuses root without it. --skip-networking: no TCP port at all.
  # Durability settings are off: this database is thrown away, and speed is what the tests need.
  setsid /usr/sbin/mariadbd --no-defaults --datadir="$DIR/db" --socket="$SOCK" \
    --pid-file="$DIR/mysqld.pid" --log-error="$DIR/mysqld.err" --user=root \
    --skip-networking --skip-name-resolve --performance-schema=OFF --skip-log-bin \
    --innodb-buffer-pool-size=16M --innodb-log-file-size=8M --innodb-log-buffer-size=1M \
    --key-buffer-size=1M --aria-pagecache-buffer-size=1M --query-cache-size=0 \
    --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    </dev/null >"$DIR/mysqld.out" 2>&1 &
  echo $! > "$DIR/mysqld.pid.ours"
  for _ in $(seq 1 200); do
    mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
    alive "$DIR/mysqld.pid.ours" mariadbd || { cat "$DIR/mysqld.err" >&2; exit 1; }
    sleep 0.05
  done
  log "mariadbd up"
fi
"${SQL[@]}" <<'SQL'
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';
GRANT ALL ON wordpress.* TO 'wp'@'localhost';
SQL

# ---------------------------------------------------------------- WordPress configs
mkdir -p "$DIR/wp-content/uploads" "$DIR/wp-content/plugins" "$DIR/wp-content/themes" "$DIR/wp-content/mu-plugins"
for t in "$WP_ROOT"/wp-content/themes/*/; do    # Debian's packaged themes, twentytwentythree included
  [[ -d $t ]] && ln -sfn "${t%/}" "$DIR/wp-content/themes/$(basename "$t")"
done
cp "$HERE/site-variants.php" "$DIR/wp-content/mu-plugins/"
# The Copydesk Review plugin goes where a site admin puts it (setup.php activates it); a link, so
# the running site always has the repository's version.
ln -sfn "$(cd "$HERE/../../build/wordpress-plugin/copydesk-review" && pwd)" "$DIR/wp-content/plugins/copydesk-review"
cp "$HERE/router.php" "$DIR/router.php"    # its path in php -S's command line marks our processes
if [[ ! -s $DIR/salts.php ]]; then
  { echo '<?php'
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$k', '$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')');"
    done; } > "$DIR/salts.php"
fi
# Debian's wp-config.php loads /etc/wordpress/config-<X>.php, X = $_SERVER['WORDPRESS_CONFIG'];
# the router sets it, for the CLI it comes from the environment.
write_config() { # write_config NAME HOME VARIANT ENVIRONMENT_TYPE
  cat > "/etc/wordpress/config-$1.php" <<PHP
<?php
// written by Copydesk's e2e/wordpress/start.sh for $2 (state in $DIR)
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
require '$DIR/salts.php';
\$table_prefix = 'wp_';
define('WP_HOME', '$2');
define('WP_SITEURL', '$2');
define('WP_CONTENT_DIR', '$DIR/wp-content');
define('WP_CONTENT_URL', '$BASE/wp-content');
define('COPYDESK_WP_VARIANT', '$3');
define('WP_ENVIRONMENT_TYPE', '$4');   // 'local' lets application passwords work over plain http
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);          // no loopback cron requests against php -S
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);   // no outbound HTTP: fail fast instead of hanging offline
define('FS_METHOD', 'direct');
PHP
  chmod 0644 "/etc/wordpress/config-$1.php"
}
write_config "$CFG" "$BASE" '' local
for v in "${VARIANTS[@]}"; do
  write_config "$CFG-$v" "$BASE/~$v" "$v" "$([[ $v == production ]] && echo production || echo local)"
done

# ---------------------------------------------------------------- install, users, application passwords
changed=$(WORDPRESS_CONFIG="$CFG" php "$HERE/setup.php" "$PORT" "$DIR/site.json" "${VARIANTS[@]}" 2>>"$DIR/setup.log") \
  || { cat "$DIR/setup.log" >&2; exit 1; }
# What reset replays: the site exactly as set up. Rows are deleted and inserted again in one
# transaction rather than tables dropped and created: no DDL, ~30 ms instead of ~0.5 s, and a
# request in flight sees the old state or the new one, never half of it.
if [[ $changed == changed || ! -s $DIR/reset.sql ]]; then
  { echo 'SET autocommit=0;'
    "${SQL[@]}" -N -e "SELECT CONCAT('DELETE FROM \`', table_name, '\`;') FROM information_schema.tables WHERE table_schema = 'wordpress'"
    mariadb-dump --no-defaults --socket="$SOCK" -uroot --skip-comments --no-create-info --skip-add-locks --skip-disable-keys wordpress
    echo 'COMMIT;'; } > "$DIR/reset.sql"
  log "WordPress set up, reset script written"
fi

# ---------------------------------------------------------------- PHP's built-in server, loopback only
if alive "$DIR/php.pid" "$DIR/router.php"; then
  log "php -S already running"
else
  # a parent killed by hand leaves its workers listening: end the recorded ones first
  COPYDESK_WP_DIR="$DIR" COPYDESK_WP_PORT="$PORT" "$HERE/stop.sh" --php-only || true
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "copydesk-wp: port $PORT on 127.0.0.1 is taken by a process this script did not start" >&2; exit 1
  fi
  WORDPRESS_CONFIG="$CFG" COPYDESK_WP_CONTENT_DIR="$DIR/wp-content" PHP_CLI_SERVER_WORKERS="$WORKERS" \
    setsid php -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=256M \
      -S "127.0.0.1:$PORT" -t "$WP_ROOT" "$DIR/router.php" \
      </dev/null >>"$DIR/php-server.log" 2>&1 &
  echo $! > "$DIR/php.pid"
fi

code=000
for _ in $(seq 1 200); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/wp-json/" || true)
  [[ $code == 200 ]] && break
  alive "$DIR/php.pid" "$DIR/router.php" || { tail -20 "$DIR/php-server.log" >&2; exit 1; }
  sleep 0.05
done
[[ $code == 200 ]] || { echo "copydesk-wp: REST not ready at $BASE/wp-json/ ($code)" >&2; exit 1; }
# The workers are the parent's children; stop.sh needs their PIDs should the parent die first.
ps -o pid= --ppid "$(cat "$DIR/php.pid")" | tr -d ' ' > "$DIR/php-workers.pid"
log "ready at $BASE"
cat "$DIR/site.json"
