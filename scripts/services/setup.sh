#!/usr/bin/env bash
# Installs and starts what `npm run test:services` needs on a Debian machine (root):
# Dovecot (IMAP), Chromium (browser tests), faketime (CI's later-date pass), and makes sure Redis
# and PostgreSQL are up. Waits for another apt/dpkg holding the package manager's lock.
set -euo pipefail
cd "$(dirname "$0")/../.."

source scripts/lib/apt.sh

need=()
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-imapd)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v psql >/dev/null 2>&1 || need+=(postgresql)
command -v faketime >/dev/null 2>&1 || need+=(faketime) # .ci/run's later-date pass
if [ ${#need[@]} -gt 0 ]; then
  echo "apt-get install ${need[*]}"
  apt_install "${need[@]}"
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "starting redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "starting postgresql"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
for i in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break; sleep 1; done

if [ -x scripts/services/dovecot.sh ] || [ -f scripts/services/dovecot.sh ]; then
  bash scripts/services/dovecot.sh start
fi
echo "services ready: redis $(redis-cli -h 127.0.0.1 ping), postgres $(pg_isready -h 127.0.0.1 -p 5432 | awk '{print $NF}')"
