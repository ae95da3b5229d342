#!/usr/bin/env bash
# Two builds of the factcheck tool against each other, as whole processes on one claim file: N pairs, alternating
# (A then B, then B then A), each run from a fresh copy of its binary. Prints each run, then the median and mean of B's
# time over A's in each pair, how many pairs B took less time, the median processor time of each, their peak memory,
# and whether the last two reports are byte for byte the same.
#   bash benchmarks/pairs.sh FILE N TOOL_A TOOL_B
# N is best even, so that each tool runs first as often. A run that fails (any exit but 0, or 1 for findings) stops
# the script with what the tool wrote to its error output.
# Why fresh copies: on the machine the project is measured on, two copies of one binary, each run from its own file,
# took 0.946 of each other's time at the median of 16 pairs (faster in 14); run from a new copy every time, the same
# binary against itself read 0.988 (faster in 10). How the kernel holds a copy's pages (small pages, larger blocks, or
# huge pages it may collapse a binary run often into) stays with the file, and it moved every run made from that copy
# by some 5 %, as much as a step being measured.
set -euo pipefail
fail() { echo "$1" >&2; exit 2; }
[ $# -eq 4 ] || fail "usage: bash benchmarks/pairs.sh FILE N TOOL_A TOOL_B"
file=$1 pairs=$2 tool_a=$3 tool_b=$4
[ -f "$file" ] || fail "no claim file $file"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || fail "N must be a count of pairs, not '$pairs'"
for tool in "$tool_a" "$tool_b"; do [ -f "$tool" ] && [ -x "$tool" ] || fail "$tool is not an executable file"; done
[ -x /usr/bin/time ] || echo "no GNU time at /usr/bin/time: processor time and peak memory show as 0" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "${BASH_SOURCE[0]}")/clock.sh"

# One run: "which wall-µs user-s system-s peak-kB", the last three from GNU time when there is one.
run() {
  local which=$1 source=$2 copy="$work/fc-$1" status=0
  cp "$source" "$copy"
  rm -f "$work/report-$which.json"
  echo "0 0 0" >"$work/time"
  local start end
  clock start
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$work/time" -f "%U %S %M" "$copy" check "$file" --format json --output "$work/report-$which.json" >/dev/null 2>"$work/error" || status=$?
  else
    "$copy" check "$file" --format json --output "$work/report-$which.json" >/dev/null 2>"$work/error" || status=$?
  fi
  clock end
  rm -f "$copy"
  if [ "$status" -gt 1 ] || [ ! -f "$work/report-$which.json" ]; then
    echo "run $which ($source) failed with status $status:" >&2
    cat "$work/error" >&2
    exit 1
  fi
  # GNU time puts a line before its own when the command exits with a finding (status 1).
  echo "$which $(( end - start )) $(tail -n 1 "$work/time")"
}

for ((i = 0; i < pairs; i++)); do
  if ((i % 2 == 0)); then run A "$tool_a"; run B "$tool_b"; else run B "$tool_b"; run A "$tool_a"; fi
done | tee "$work/runs" | awk '{ printf "%s %.3f s  user %s s  system %s s  %d MB\n", $1, $2 / 1e6, $3, $4, $5 / 1024 }'

awk '
  $1 == "A" { a[na++] = $2; ca[na - 1] = $3 + $4; ma[na - 1] = $5 }
  $1 == "B" { b[nb++] = $2; cb[nb - 1] = $3 + $4; mb[nb - 1] = $5 }
  function median(v, n,   i, j, t, s) {
    for (i = 0; i < n; i++) s[i] = v[i]
    for (i = 1; i < n; i++) for (j = i; j > 0 && s[j - 1] > s[j]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
    return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
  }
  END {
    for (i = 0; i < na; i++) { r[i] = b[i] / a[i]; sum += r[i]; won += r[i] < 1 }
    printf "pairs %d: B/A median %.3f, mean %.3f, B faster in %d\n", na, median(r, na), sum / na, won
    printf "median time A %.3f s, B %.3f s; processor time A %.2f s, B %.2f s\n", median(a, na) / 1e6, median(b, na) / 1e6, median(ca, na), median(cb, na)
    printf "peak memory A %d MB, B %d MB (medians)\n", median(ma, na) / 1024, median(mb, na) / 1024
  }' "$work/runs"
if cmp -s "$work/report-A.json" "$work/report-B.json"; then echo "reports: the same"; else echo "reports: DIFFERENT"; fi
