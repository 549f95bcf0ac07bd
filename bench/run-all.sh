#!/usr/bin/env bash
# Syndicast benchmarks (issue 2), run by `./syndicast bench`. Not a test: nothing here fails on a timing.
#
# Starts its own copies of the assembled server on free loopback ports (never the one of `./syndicast run`),
# measures, stops them and prints one table: Syndicast's figures next to references measured in the same run
# (ln, cp, Jetty answering, the HTTP floor, the JMX calls) and the targets. See docs/benchmarks.md.
#
# Environment:
#   SYNDICAST_ASSEMBLY  the assembly to measure (default assemblies/server/target/assembly)
#   BENCH_WORK          work directory: server copies, inbox, results (default bench/target); its file system
#                       is the one measured, keep it on the disk the server would use
#   BENCH_PROFILE=1     afterwards profile a further 2,000-job run and a burst with JFR (adds about 2 minutes)
#   BENCH_S3=0, BENCH_FTP=0  skip the S3 or the FTP/SFTP channel benchmark (bench/s3, bench/ftp)
#   BENCH_ARGS          more options for bench/src/Bench.java, e.g. "--jobs 500 --check-jobs 0 --starts 1"
# Results: printed, and written to $BENCH_WORK/last-run.md and $BENCH_WORK/run-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ASSEMBLY=${SYNDICAST_ASSEMBLY:-$ROOT/assemblies/server/target/assembly}
WORK=${BENCH_WORK:-$ROOT/bench/target}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA=$JAVA_HOME/bin/java
else
  JAVA=$(command -v java) || { echo "Java 17 is needed (java not found)" >&2; exit 1; }
fi
if [ ! -x "$ASSEMBLY/bin/karaf" ]; then
  echo "No server assembly at $ASSEMBLY; build it first: mvn -B -q -o install -DskipTests" >&2
  exit 1
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

# A private snapshot of the assembly: a rebuild of target/ during the run must not change what is measured.
echo "[bench] snapshot of $ASSEMBLY" >&2
rm -rf "$WORK/assembly"
cp -a "$ASSEMBLY" "$WORK/assembly"
VERSION=$(ls "$WORK/assembly/system/org/syndicast/channel-download" 2>/dev/null | head -n 1)

# The machine, printed above the table.
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
fs=$(df -PT "$WORK" | awk 'NR==2 {print $2}')
dev=$(df -P "$WORK" | awk 'NR==2 {print $1}')
jv=$("$JAVA" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')
load=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "Machine: $(nproc) CPUs ($cpu), $mem RAM; work dir $WORK on $fs ($dev); $(uname -sr)."
  echo "Java: $jv."
  echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- modules 2>/dev/null || echo ' (+ uncommitted module changes)'); assembly built $(date -u -r "$ASSEMBLY/etc/config.properties" '+%Y-%m-%d %H:%M UTC'). Load average at start: $load."
} >"$WORK/machine.txt"
if awk -v l="${load%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "[bench] WARNING: load average ${load%% *} on $(nproc) CPUs: other work is running and will skew the figures" >&2
fi

[ "${BENCH_S3:-1}" = 1 ] && { BENCH_WORK="$WORK" SYNDICAST_ASSEMBLY="$WORK/assembly" bench/s3/run.sh || echo "[bench] S3 benchmark failed" >&2; }  # S3 channel row: bench/s3/run.sh (BENCH_S3=0 skips it)
args=(--assembly "$WORK/assembly" --work "$WORK" --machine "$WORK/machine.txt")
[ -n "$VERSION" ] && args+=(--version "$VERSION")
[ "${BENCH_PROFILE:-0}" = 1 ] && args+=(--profile)
# shellcheck disable=SC2206
[ -n "${BENCH_ARGS:-}" ] && args+=($BENCH_ARGS)
[ "${BENCH_FTP:-1}" = 1 ] && { SYNDICAST_ASSEMBLY="$WORK/assembly" BENCH_WORK="$WORK" bench/ftp/run.sh || echo "[bench] the FTP/SFTP channel benchmark failed" >&2; }  # FTP/SFTP row: bench/ftp/run.sh (BENCH_FTP=0 skips it)
exec "$JAVA" -Xmx1g bench/src/Bench.java "${args[@]}"
