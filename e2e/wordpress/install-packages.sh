#!/usr/bin/env bash
# Installs the Debian packages the WordPress test site needs, once per machine (a no-op when present).
# Called by start.sh and by .ci/run. A stub package that Provides httpd and php satisfies wordpress's
# "apache2 | httpd" and "libapache2-mod-php | php", so neither apache2 nor mod_php is pulled in:
# the site runs on `php -S`. mariadb-server-core starts no system service.
set -euo pipefail

PKGS=(wordpress wordpress-theme-twentytwentythree mariadb-server-core mariadb-client php-cli php-mysql)
need=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
(( ${#need[@]} )) || exit 0

if [[ $(id -u) != 0 ]]; then
  echo "copydesk-wp: missing Debian packages: ${need[*]}; run as root: $0" >&2
  exit 1
fi
echo "copydesk-wp: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stub/DEBIAN"
cat > "$work/stub/DEBIAN/control" <<'CTL'
Package: copydesk-wp-httpd-stub
Version: 1.0
Architecture: all
Maintainer: Copydesk tests <root@localhost>
Provides: httpd, httpd-cgi, php
Description: satisfies wordpress's web-server dependency (the test site uses php -S)
CTL
dpkg-deb --build "$work/stub" "$work/copydesk-wp-httpd-stub.deb" >/dev/null

# Maintainer scripts must never start daemons (mariadb's postinst would start a system service).
# Images usually ship a policy-rc.d that says so; when one is missing, ours stands in and goes again.
made_policy=0
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  made_policy=1
fi
status=0
# The lock timeout lets a concurrent apt run (another job, unattended upgrades) finish first.
{ apt-get update -qq && apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=120 \
    "$work/copydesk-wp-httpd-stub.deb" "${PKGS[@]}"; } >"$work/apt.log" 2>&1 || status=$?
(( made_policy )) && rm -f /usr/sbin/policy-rc.d
if (( status )); then tail -30 "$work/apt.log" >&2; exit "$status"; fi
