# Sourced by the benchmark scripts (pairs.sh, startup.sh): bash's own clock, read without starting a process.
#   clock NAME   sets the variable NAME to the microseconds since the epoch.
# $EPOCHREALTIME's decimal mark follows the locale (a comma in many), so every character but the digits is dropped;
# printf -v sets the variable in place, where $(…) would fork a subshell on each side of every run measured.
clock() { printf -v "$1" '%s' "${EPOCHREALTIME//[!0-9]/}"; }
