#!/usr/bin/env bash
# S3 channel benchmark (issue 3), called by bench/run-all.sh or on its own: bench/s3/run.sh
#
# In one run, against one S3Proxy 4.1.0 (filesystem backend) on 127.0.0.1:
#   1. a 1 GiB element through POST /distribution/s3/distributesync of a fresh copy of the assembled server,
#      next to a raw AWS SDK v2 multipart upload of the same file (RawMultipartUpload.java, same HTTP client,
#      part size and parallelism; once with the SDK's default checksums, once without them like the channel),
#      alternated, ROUNDS times each;
#   2. the server's heap during a 4 GiB element, from its GC log: a full GC (jcmd GC.run) just before and every
#      2 s during the upload; the peak heap after those GCs (the live heap) minus the one before.
# Prints a Markdown table and writes it to $WORK/s3-last-run.md. Not a test: nothing fails on a timing.
#
# Environment: SYNDICAST_ASSEMBLY, BENCH_WORK (default bench/target), ROUNDS (default 2),
#              S3_BENCH_SMALL_MIB (default 1024), S3_BENCH_LARGE_MIB (default 4096); needs ~12 GB free there.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ASSEMBLY=${SYNDICAST_ASSEMBLY:-$ROOT/assemblies/server/target/assembly}
WORK=${BENCH_WORK:-$ROOT/bench/target}/s3
ROUNDS=${ROUNDS:-2}
SMALL_MIB=${S3_BENCH_SMALL_MIB:-1024}
LARGE_MIB=${S3_BENCH_LARGE_MIB:-4096}
PART=$((8 << 20)); CONC=4
ID=bench; SECRET=bench-secret-not-for-production
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x "$ASSEMBLY/bin/karaf" ] || { echo "No assembly at $ASSEMBLY; build first: mvn -B -q -o install -DskipTests" >&2; exit 1; }

log() { echo "[bench s3] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
set_cfg() { # file key value: replace the key's line or append it
  local f=$1 k=$2 v=$3
  touch "$f"; grep -v -E "^[[:space:]]*${k//./\\.}[[:space:]]*=" "$f" > "$f.tmp" || true
  echo "$k = $v" >> "$f.tmp"; mv "$f.tmp" "$f"
}

rm -rf "$WORK"; mkdir -p "$WORK/inbox" "$WORK/s3data"
log "SDK class path"
mvn -B -q -o -f modules/channel-s3/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/sdk.classpath" >/dev/null
S3PROXY=${S3PROXY_JAR:-$HOME/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar}
[ -f "$S3PROXY" ] || mvn -B -q dependency:get -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies >/dev/null
raw() { "$JAVA" -cp "$(cat "$WORK/sdk.classpath")" bench/s3/RawMultipartUpload.java "$@" 2>/dev/null; }

S3PORT=$(free_port); HTTP=$(free_port); SSH=$(free_port); RMIR=$(free_port); RMIS=$(free_port)
ENDPOINT=http://127.0.0.1:$S3PORT
cat > "$WORK/s3proxy.conf" <<CONF
s3proxy.endpoint=$ENDPOINT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$ID
s3proxy.credential=$SECRET
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3data
CONF
SERVER=$WORK/server
S3PID=
cleanup() {
  [ -x "$SERVER/bin/stop" ] && JAVA_HOME=${JAVA_HOME:-} "$SERVER/bin/stop" >/dev/null 2>&1 || true
  [ -n "$S3PID" ] && kill "$S3PID" 2>/dev/null || true
  rm -rf "$WORK/s3data" "$WORK/inbox"
}
trap cleanup EXIT
"$JAVA" -Xmx512m -jar "$S3PROXY" --properties "$WORK/s3proxy.conf" > "$WORK/s3proxy.log" 2>&1 &
S3PID=$!
for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$S3PORT) 2>/dev/null && break; sleep 0.2; done
raw bucket "$ENDPOINT" media "$ID" "$SECRET"

log "test files: $SMALL_MIB MiB and $LARGE_MIB MiB"
head -c $((SMALL_MIB << 20)) /dev/urandom > "$WORK/inbox/small.mp4"
head -c $((LARGE_MIB << 20)) /dev/urandom > "$WORK/inbox/large.mp4"

log "server copy on port $HTTP"
cp -a "$ASSEMBLY" "$SERVER"
E=$SERVER/etc
set_cfg "$E/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$HTTP"
set_cfg "$E/org.apache.karaf.shell.cfg" sshPort "$SSH"
set_cfg "$E/org.apache.karaf.management.cfg" rmiRegistryPort "$RMIR"
set_cfg "$E/org.apache.karaf.management.cfg" rmiServerPort "$RMIS"
set_cfg "$E/org.syndicast.distribution.core.cfg" server.url "http://127.0.0.1:$HTTP"
set_cfg "$E/org.syndicast.distribution.core.cfg" inbox.roots "$WORK/inbox"
S3CFG=$E/org.syndicast.channel.s3.cfg
set_cfg "$S3CFG" endpoint "$ENDPOINT"; set_cfg "$S3CFG" bucket media; set_cfg "$S3CFG" path.style true
set_cfg "$S3CFG" access.key "$ID"; set_cfg "$S3CFG" .secret.key "$SECRET"
set_cfg "$S3CFG" part.size.bytes "$PART"; set_cfg "$S3CFG" upload.concurrency "$CONC"
(cd "$SERVER" && SYNDICAST_JAVA_OPTS="-Xlog:gc:file=$WORK/gc.log" JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")} \
  bin/karaf server > "$SERVER/console.log" 2>&1 &)
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u admin:admin "http://127.0.0.1:$HTTP/services/count")" = 200 ] && break
  sleep 0.2
done
PID=$(pgrep -f -- "-Dkaraf.base=$SERVER " | head -n 1 || true)
[ -n "$PID" ] || PID=$(pgrep -f -- "karaf.base=$SERVER" | head -n 1)

mp() { # id file
  printf '<mediapackage xmlns="http://mediapackage.opencastproject.org" id="%s"><media><track id="track-1" type="presenter/delivery"><mimetype>video/mp4</mimetype><url>file://%s</url></track></media></mediapackage>' "$1" "$2"
}
channel() { # id file -> milliseconds
  local t
  t=$(curl -s -o "$WORK/answer.xml" -w '%{http_code} %{time_total}' -u admin:admin \
    --data-urlencode "mediapackage=$(mp "$1" "$2")" --data-urlencode channelId=bench \
    --data-urlencode elementId=track-1 --data-urlencode checkAvailability=false \
    "http://127.0.0.1:$HTTP/distribution/s3/distributesync")
  [ "${t%% *}" = 200 ] || { log "distributesync answered ${t%% *}: $(cat "$WORK/answer.xml")"; exit 1; }
  awk -v s="${t#* }" 'BEGIN {printf "%d\n", s * 1000}'
}
mibs() { awk -v mib="$1" -v ms="$2" 'BEGIN {printf "%.0f", mib / (ms / 1000)}'; }

gc_after() { # the heap after each full GC logged since line $1, in MiB: "Pause Full (System.gc()) 180M->92M(1024M)"
  tail -n +"$1" "$WORK/gc.log" | grep 'Pause Full' | sed -E 's/.*->([0-9]+)M\(.*/\1/'
}
full_gc() { # a full GC now; prints the heap after it
  local m; m=$(wc -l < "$WORK/gc.log"); jcmd "$PID" GC.run >/dev/null; sleep 0.5; gc_after "$((m + 1))" | tail -n 1
}
sleep 5; full_gc >/dev/null; start_heap=$(full_gc)
# warm-up of the server: the first SDK use in a JVM loads classes (the raw program warms up in its own JVM)
channel warm "$WORK/inbox/small.mp4" >/dev/null
best_c=999999999; best_r=999999999; best_q=999999999; runs=""
for r in $(seq 1 "$ROUNDS"); do
  rms=$(raw upload "$ENDPOINT" media "$ID" "$SECRET" raw/$r/small.mp4 "$WORK/inbox/small.mp4" "$PART" "$CONC")
  cms=$(channel "c$r" "$WORK/inbox/small.mp4")
  qms=$(raw upload "$ENDPOINT" media "$ID" "$SECRET" rawq/$r/small.mp4 "$WORK/inbox/small.mp4" "$PART" "$CONC" when-required)
  log "round $r: raw SDK $rms ms, channel $cms ms, raw SDK without its checksums $qms ms"
  runs="$runs raw ${rms} / channel ${cms} / raw without checksums ${qms} ms;"
  [ "$rms" -lt "$best_r" ] && best_r=$rms
  [ "$cms" -lt "$best_c" ] && best_c=$cms
  [ "$qms" -lt "$best_q" ] && best_q=$qms
done

log "heap during the $LARGE_MIB MiB element (pid $PID)"
full_gc >/dev/null; base=$(full_gc)
mark=$(($(wc -l < "$WORK/gc.log") + 1))
( while sleep 2; do jcmd "$PID" GC.run >/dev/null 2>&1; done ) &
SAMPLER=$!
lms=$(channel large "$WORK/inbox/large.mp4")
kill "$SAMPLER" 2>/dev/null || true
samples=$(gc_after "$mark" | wc -l)
peak=$(gc_after "$mark" | sort -n | tail -n 1)
ratio=$(awk -v r="$best_r" -v c="$best_c" 'BEGIN {printf "%.2f", r / c}')
ratio_q=$(awk -v r="$best_q" -v c="$best_c" 'BEGIN {printf "%.2f", r / c}')
max_heap=$(jcmd "$PID" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ {printf "%d", $2 / 1048576}')

{
  echo "| S3 channel (S3Proxy 4.1.0, filesystem backend, 127.0.0.1; part $((PART >> 20)) MiB, $CONC parts at once) | figure |"
  echo "|---|---|"
  echo "| $SMALL_MIB MiB via /distribution/s3/distributesync, best of $ROUNDS | $best_c ms ($(mibs "$SMALL_MIB" "$best_c") MiB/s) |"
  echo "| same file, raw AWS SDK v2 multipart upload (SDK defaults: CRC32 trailer), best of $ROUNDS | $best_r ms ($(mibs "$SMALL_MIB" "$best_r") MiB/s) |"
  echo "| same file, raw SDK without its own checksums (as the channel, which sends its CRC32C itself), best of $ROUNDS | $best_q ms ($(mibs "$SMALL_MIB" "$best_q") MiB/s) |"
  echo "| channel / raw SDK throughput (aim >= 0.9): against SDK defaults / against the same checksum setting | $ratio / $ratio_q |"
  echo "| $LARGE_MIB MiB via distributesync | $lms ms ($(mibs "$LARGE_MIB" "$lms") MiB/s) |"
  echo "| server heap after full GCs: started, before any upload / after the uploads above, before the $LARGE_MIB MiB one (max heap ${max_heap:-?} MiB) | $start_heap MiB / $base MiB |"
  echo "| heap growth during it: peak heap after full GCs every 2 s ($samples GCs), minus before (aim < 64 MiB) | $((peak - base)) MiB |"
  echo ""
  echo "Rounds:$runs"
} | tee "$WORK/../s3-last-run.md"
