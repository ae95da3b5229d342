#!/usr/bin/env bash
# Cold start of the factcheck command on the seed sample against `python3 -c pass`, in one run, interleaved:
# the median of N runs each (default 20), in milliseconds, from the shell's clock.
#   bash benchmarks/startup.sh [FACTCHECK] [N]
# FACTCHECK defaults to `factcheck` on PATH (an installed tool). The interpreter is the system's python3
# (/usr/bin/python3 when there is one, else the python3 on PATH; PYTHON=... names another): a version manager's
# `python3` on PATH is a shell script that starts the interpreter, and on the build machine pyenv's took 230-290 ms
# where Debian's took 25-31 ms, which had made the ratio look five times better than it was.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=${1:-factcheck}
runs=${2:-20}
python=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 )}
[ -n "$python" ] || { echo "no python3 to compare with"; exit 1; }
sample="$root/samples/us-force-levels-2020.claims.json"
"$tool" check "$sample" >/dev/null || { echo "$tool did not check the seed sample cleanly"; exit 1; }

# Microseconds that one run of the command takes, output discarded. The clock is bash's own (clock.sh): reading it
# with `date` started a process on each side of every run, which added some 5 ms to both commands' medians.
. "$root/benchmarks/clock.sh"
elapsed() {
  local start end
  clock start
  "$@" >/dev/null 2>&1 || true
  clock end
  echo $(( end - start ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'; }

times=$(mktemp -d)
trap 'rm -rf "$times"' EXIT
# The order alternates, so that neither side always runs just after the other.
for i in $(seq "$runs"); do
  if (( i % 2 )); then
    elapsed "$tool" check "$sample" >> "$times/tool"
    elapsed "$python" -c pass >> "$times/python"
  else
    elapsed "$python" -c pass >> "$times/python"
    elapsed "$tool" check "$sample" >> "$times/tool"
  fi
done
t=$(median < "$times/tool")
p=$(median < "$times/python")
echo "factcheck check (seed sample): $t ms; $python -c pass: $p ms; ratio $(awk -v t="$t" -v p="$p" 'BEGIN { printf "%.2f", t / p }') (median of $runs each, load $(cut -d' ' -f1-3 /proc/loadavg))"
