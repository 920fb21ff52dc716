# Sourced by the setup scripts: apt-get that waits for another package manager instead of failing.
# At boot, or beside another install, apt/dpkg may hold their locks for minutes; we say who holds
# them and wait (up to APT_LOCK_WAIT seconds, default 600) rather than fail.

APT_LOCKS=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)

# Prints "pid command" of a process that has one of the package manager's lock files open.
apt_lock_holder() {
  local fd target
  for fd in /proc/[0-9]*/fd/*; do
    target=$(readlink "$fd" 2>/dev/null) || continue
    for lock in "${APT_LOCKS[@]}"; do
      if [ "$target" = "$lock" ]; then
        local pid=${fd#/proc/}; pid=${pid%%/*}
        [ "$pid" = "$$" ] && continue
        echo "$pid $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-80)"
        return 0
      fi
    done
  done
  return 1
}

wait_for_apt_lock() {
  local waited=0 limit=${APT_LOCK_WAIT:-600} holder
  while holder=$(apt_lock_holder); do
    if [ $((waited % 15)) -eq 0 ]; then echo "waiting for the package manager lock, held by pid $holder (${waited}s of ${limit}s)"; fi
    if [ "$waited" -ge "$limit" ]; then echo "gave up after ${limit}s: another apt/dpkg still holds the lock (pid $holder)" >&2; return 1; fi
    sleep 1; waited=$((waited + 1))
  done
}

# apt_install PACKAGE...: update the lists once, then install, both waiting for the locks.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  wait_for_apt_lock || return 1
  apt-get -o DPkg::Lock::Timeout="${APT_LOCK_WAIT:-600}" update -qq || return 1
  wait_for_apt_lock || return 1
  apt-get -o DPkg::Lock::Timeout="${APT_LOCK_WAIT:-600}" install -y -qq --no-install-recommends "$@" >/dev/null
}
