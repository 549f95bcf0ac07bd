#!/usr/bin/env bash
# FTP/SFTP channel benchmark (issue 4). Not a test: nothing here fails on a timing.
#
# One 1 GiB element through /distribution/ftp/distributesync of a fresh copy of the assembled server, next to
# the command-line clients to the same server in the same run: curl -T for FTP, curl and OpenSSH sftp for SFTP.
# The servers are Apache FtpServer 1.2.1 and Apache MINA SSHD 2.17.1 (SFTP), started in one JVM by
# bench/ftp/FtpBench.java on 127.0.0.1, files on the work directory's disk.
#
# Environment:
#   SYNDICAST_ASSEMBLY  the assembly to measure (default assemblies/server/target/assembly)
#   BENCH_WORK          work directory (default bench/target); results in $BENCH_WORK/ftp/last-run.md
#   FTP_BENCH_ROUNDS    timed rounds per client (default 3; the median counts)
#   FTP_BENCH_MIB       element size in MiB (default 1024)
#   FTP_BENCH_APPEND=0  do not append the results to docs/benchmarks.md
#   FTP_BENCH_CURL_SFTP=1  also time curl's SFTP (libssh2; about 1 MB/s against MINA SSHD here: slow)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ASSEMBLY=${SYNDICAST_ASSEMBLY:-$ROOT/assemblies/server/target/assembly}
WORK=${BENCH_WORK:-$ROOT/bench/target}/ftp
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=$(command -v java); fi
[ -x "$ASSEMBLY/bin/karaf" ] || { echo "No server assembly at $ASSEMBLY; build it first: mvn -B -q install -DskipTests" >&2; exit 1; }
for tool in curl sftp ssh-keygen; do
  command -v $tool >/dev/null || { echo "[ftp-bench] $tool is needed (Debian: apt-get install curl openssh-client)" >&2; exit 1; }
done
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
mvn -B -q -f bench/ftp/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >&2
APPEND=${FTP_BENCH_APPEND:-1}
exec "$JAVA" -Xmx512m -cp "$(cat "$WORK/classpath.txt")" bench/ftp/FtpBench.java --assembly "$ASSEMBLY" --work "$WORK" \
  --rounds "${FTP_BENCH_ROUNDS:-3}" --mib "${FTP_BENCH_MIB:-1024}" $([ "$APPEND" = 1 ] && echo --append "$ROOT/docs/benchmarks.md")
