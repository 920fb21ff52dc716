#!/usr/bin/env bash
# A throwaway Dovecot IMAP server for the services tests and the backfill benchmark.
#
#   scripts/services/dovecot.sh [start|restart|stop|status]
#
# Listens on 127.0.0.1 only, cleartext with plain auth allowed (never expose this config), one
# passwd-file user, maildir storage under $DOVECOT_ROOT. Installs dovecot-imapd from Debian when
# it is missing (needs root). Idempotent: `start` does nothing when the server already answers.
#
# Environment (defaults in brackets): DOVECOT_PORT [1143], DOVECOT_ROOT [/var/tmp/deskhand-dovecot],
# DOVECOT_USER [deskhand], DOVECOT_PASSWORD [deskhand].
set -euo pipefail

PORT="${DOVECOT_PORT:-1143}"
ROOT="${DOVECOT_ROOT:-/var/tmp/deskhand-dovecot}"
MAIL_USER="${DOVECOT_USER:-deskhand}"
MAIL_PASSWORD="${DOVECOT_PASSWORD:-deskhand}"
OAUTH_PORT="${DOVECOT_OAUTH_PORT:-1144}"
CONF="$ROOT/dovecot.conf"
PIDFILE="$ROOT/run/master.pid"

log() { echo "dovecot.sh: $*" >&2; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

wait_for() { # wait_for up|down
  for _ in $(seq 1 100); do
    if [ "$1" = up ] && listening; then return 0; fi
    if [ "$1" = down ] && ! listening; then return 0; fi
    sleep 0.1
  done
  log "timed out waiting for port $PORT to be $1"
  [ -f "$ROOT/dovecot.log" ] && tail -n 20 "$ROOT/dovecot.log" >&2
  return 1
}

install_dovecot() {
  command -v dovecot >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != 0 ]; then
    log "dovecot is not installed; run as root or: sudo apt-get install -y dovecot-imapd"
    exit 1
  fi
  log "installing dovecot-imapd from Debian"
  source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
  apt_install dovecot-imapd
  # The package may start the system-wide instance (ports 143/993); it is not ours and is left
  # alone, ours has its own base_dir and port.
}

write_config() {
  mkdir -p "$ROOT/run" "$ROOT/state" "$ROOT/mail"
  local uid gid internal_user login_user
  if [ "$(id -u)" = 0 ]; then
    # Root: the usual privilege separation; mail is stored as the Debian `mail` user.
    uid="$(id -u mail)"; gid="$(id -g mail)"
    internal_user=dovecot; login_user=dovenull
  else
    # Unprivileged developer machine: everything runs as the calling user.
    uid="$(id -u)"; gid="$(id -g)"
    internal_user="$(id -un)"; login_user="$(id -un)"
  fi
  chown "$uid:$gid" "$ROOT/mail"
  printf '%s:{PLAIN}%s:%s:%s::%s\n' "$MAIL_USER" "$MAIL_PASSWORD" "$uid" "$gid" "$ROOT/mail/$MAIL_USER" >"$ROOT/users"
  chmod 0640 "$ROOT/users"
  [ "$(id -u)" = 0 ] && chgrp "$internal_user" "$ROOT/users"
  cat >"$ROOT/oauth2.conf.ext" <<EOF
introspection_mode = post
introspection_url = http://127.0.0.1:$OAUTH_PORT/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
EOF
  cat >"$CONF" <<EOF
# Written by scripts/services/dovecot.sh: test-only, cleartext on loopback.
base_dir = $ROOT/run
state_dir = $ROOT/state
log_path = $ROOT/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
default_internal_user = $internal_user
default_login_user = $login_user
first_valid_uid = 1
mail_location = maildir:~/Maildir
# Test data: no fsync per message (APPEND of thousands of messages goes ~100x faster).
mail_fsync = never
# New mail is reported to IDLE clients within a second (inotify usually makes it immediate).
mailbox_idle_check_interval = 1 secs
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u $ROOT/users
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $ROOT/oauth2.conf.ext
}
userdb {
  driver = passwd-file
  args = username_format=%u $ROOT/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service imap {
  process_limit = 256
}
# Tests log in with bad credentials on purpose: answer at once, no growing per-IP penalty.
auth_failure_delay = 0
service anvil {
  client_limit = 1000
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
mail_max_userip_connections = 256
EOF
}

start() {
  if listening; then log "already listening on 127.0.0.1:$PORT"; return 0; fi
  install_dovecot
  write_config
  # Detach the daemon from our stdio, or a caller reading our output would wait for it forever.
  if ! dovecot -c "$CONF" </dev/null >/dev/null 2>"$ROOT/startup.log"; then
    cat "$ROOT/startup.log" >&2
    exit 1
  fi
  wait_for up
  log "listening on 127.0.0.1:$PORT (user $MAIL_USER, maildir $ROOT/mail)"
}

stop() {
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    # Open IMAP sessions outlive the master process; end them too, like a real server restart.
    doveadm -c "$CONF" kick "$MAIL_USER" >/dev/null 2>&1 || true
    kill -TERM "$pid"
    # A zombie counts as gone: in a container the reaper (PID 1) may collect it late.
    for _ in $(seq 1 100); do
      case "$(ps -o stat= -p "$pid" 2>/dev/null || true)" in "" | Z*) break ;; esac
      sleep 0.1
    done
  fi
  wait_for down
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if listening; then echo "up on 127.0.0.1:$PORT"; else echo down; exit 1; fi ;;
  *) echo "usage: $0 [start|restart|stop|status]" >&2; exit 2 ;;
esac
