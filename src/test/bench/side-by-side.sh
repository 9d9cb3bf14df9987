#!/usr/bin/env bash
# Vanthu, Chromium and WeasyPrint side by side, in one run on this machine, on the very XHTML and
# fonts Vanthu produces: the 813 decision with its plan (5 pages) and a one-page công văn.
#
#   src/test/bench/side-by-side.sh            # about 18 minutes on 2 cores (ROUNDS=3: about 50)
#   QUICK=1 src/test/bench/side-by-side.sh    # a shorter smoke run (figures less steady)
#
# Knobs (environment): JAVA (a JDK >= 21; 25 for the AOT cache), WARMUP (s), WARMUP_DOCS (Vanthu's
# warm-up documents at least: on a loaded machine seconds alone leave its JIT cold), DOCS (timed documents
# per case), TP_SECONDS (throughput window), COLD_RUNS, ROUNDS (warm rounds, engine order rotates),
# LARGE=0 to skip the 500-page plan, TAGGED=0 to let Chromium skip its structure tree.
# Installs Debian's chromium and weasyprint if missing (as root), and playwright-core from npm under
# target/bench/node. Writes everything under target/bench/side-by-side/, prints the table at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVAC=$(dirname "$JAVA")/javac
if [[ -n ${QUICK:-} ]]; then
  : "${WARMUP:=3}" "${WARMUP_DOCS:=150}" "${DOCS:=20}" "${TP_SECONDS:=4}" "${COLD_RUNS:=2}"
fi
# 90 s: the JVM's optimising compiler takes that long to settle on two busy cores (the harness
# prints Vanthu's warm-up curve as warmup_curve); the peers are steady within seconds.
WARMUP=${WARMUP:-90}
WARMUP_DOCS=${WARMUP_DOCS:-300}
DOCS=${DOCS:-60}
TP_SECONDS=${TP_SECONDS:-10}
COLD_RUNS=${COLD_RUNS:-3}
ROUNDS=${ROUNDS:-1}
LARGE=${LARGE:-1}
TAGGED=${TAGGED:-1}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PY=/usr/bin/python3 # Debian's, where python3-weasyprint lives
SAMPLES=(quyet-dinh-813-bhxh cong-van-bao-cao-ttdn-2024)

BENCH=$ROOT/target/bench
OUT=$BENCH/side-by-side
APP=$BENCH/app
HARNESS=$BENCH/harness
NODE_DIR=$BENCH/node
RESULTS=$OUT/results.txt
mkdir -p "$OUT" "$NODE_DIR"
: >"$RESULTS"

log() { printf '\n== %s (load %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2; }
record() { echo "RESULT $*" >>"$RESULTS"; }
load() { record env machine load_"$1" "$(cut -d' ' -f1 /proc/loadavg)"; }

# --- What the peers need -------------------------------------------------------------------------
missing=()
command -v "$CHROMIUM" >/dev/null || missing+=(chromium)
"$PY" -c 'import weasyprint' 2>/dev/null || missing+=(weasyprint)
if ((${#missing[@]})); then
  log "installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [[ ! -d $NODE_DIR/node_modules/playwright-core ]]; then
  log "installing playwright-core from npm into $NODE_DIR"
  [[ -f $NODE_DIR/package.json ]] || echo '{"name":"vanthu-bench","private":true}' >"$NODE_DIR/package.json"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --silent playwright-core@1 >/dev/null
fi
cp src/test/bench/chromium-warm.mjs "$NODE_DIR/" # so that it resolves playwright-core there

# --- Vanthu: the jar, its extracted form, the harness, the AOT cache ----------------------------
if [[ ! -f target/vanthu.jar ]]; then
  log "building target/vanthu.jar"
  ./mvnw -q -DskipTests package
fi
# A private copy: other builds may rewrite target/ while this runs.
JAR_STAMP=$(stat -c '%s %Y' target/vanthu.jar)
if [[ ! -f $APP/stamp || $(cat "$APP/stamp") != "$JAR_STAMP" ]]; then
  log "extracting the jar into $APP"
  rm -rf "$APP" "$HARNESS" "$BENCH"/vanthu.jar "$BENCH"/*.aot "$BENCH"/*.jsa
  cp target/vanthu.jar "$BENCH/vanthu.jar"
  "$JAVA" -Djarmode=tools -jar "$BENCH/vanthu.jar" extract --destination "$APP" >/dev/null
  echo "$JAR_STAMP" >"$APP/stamp"
fi
if [[ ! -f $HARNESS/vn/vanthu/benchmark/RenderHarness.class \
    || src/test/java/vn/vanthu/benchmark/RenderHarness.java -nt $HARNESS/vn/vanthu/benchmark/RenderHarness.class ]]; then
  "$JAVAC" -nowarn -d "$HARNESS" -cp "$APP/vanthu.jar" \
    src/test/java/vn/vanthu/benchmark/RenderHarness.java src/test/java/vn/vanthu/benchmark/LargePlan.java
fi
# Start-up: the AOT cache of JDK 25 (JEP 483/514/515), trained as src/main/bin/vanthu trains it:
# one document rendered with -o (another than the measured), with the flags of a one-document run.
TRAIN=samples/bao-cao-ttdn-2013-2017.json
AOT=$BENCH/vanthu.aot
# (The probe is -XX:AOTMode, never an AOTCacheOutput: the JVM deletes and recreates that path.)
if [[ ! -f $AOT ]] && "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1; then
  log "training the AOT cache"
  "$JAVA" -XX:AOTCacheOutput="$AOT" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$APP/vanthu.jar" render "$TRAIN" -o "$OUT/train.pdf" >/dev/null
fi

# --- The XHTML Vanthu renders, and the peers' copy with the fonts as @font-face ----------------
log "writing the XHTML"
FONTS_URL="file://$ROOT/fonts"
FACES=""
for family in "Liberation Serif" "Times New Roman"; do
  for face in "Regular normal normal" "Bold bold normal" "Italic normal italic" \
      "BoldItalic bold italic"; do
    read -r file weight style <<<"$face"
    FACES+="@font-face { font-family: \"$family\"; src: url(\"$FONTS_URL/LiberationSerif-$file.ttf\"); font-weight: $weight; font-style: $style; }"$'\n'
  done
done
for s in "${SAMPLES[@]}"; do
  "$JAVA" -jar target/vanthu.jar render "samples/$s.json" -o "$OUT/$s.cli.pdf" --html "$OUT/$s.xhtml" >/dev/null
  FACES="$FACES" "$PY" - "$OUT/$s.xhtml" "$OUT/$s.peer.html" <<'EOF'
import os, sys
html = open(sys.argv[1], encoding='utf-8').read()
html = html.replace('<head>', '<head>\n<style>\n' + os.environ['FACES'] + '</style>', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(html)
EOF
done

# --- Versions -------------------------------------------------------------------------------------
record env machine cores "$(nproc)"
record env machine cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs | tr ' ' _)"
record env machine java "$("$JAVA" -version 2>&1 | head -1 | tr ' ' _)"
record env machine chromium "$("$CHROMIUM" --version 2>/dev/null | awk '{print $2}')"
record env machine weasyprint "$("$PY" -c 'import weasyprint; print(weasyprint.__version__)')"

# --- Cold: a fresh process renders one document (the 813) ----------------------------------------
S=quyet-dinh-813-bhxh
cold() { # name, command…: appends "RESULT <name> cold wall_s cpu_s" for one run
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/cold-$name.err" \
    || { echo "cold $name failed:" >&2; tail -5 "$OUT/cold-$name.err" >&2; return 0; }
  end=$(date +%s%N)
  read -r user sys <"$OUT/time.txt"
  record "$name" "$S" cold_wall_s "$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", (b-a)/1e9}')"
  record "$name" "$S" cold_cpu_s "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')"
}
cold_vanthu() { cold vanthu "$JAVA" -jar target/vanthu.jar render "samples/$S.json" -o "$OUT/$S.cold.vanthu.pdf"; }
cold_vanthu_aot() {
  [[ -f $AOT ]] || return 0
  cold vanthu-aot "$JAVA" -XX:AOTCache="$AOT" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$APP/vanthu.jar" render "samples/$S.json" -o "$OUT/$S.cold.vanthu-aot.pdf"
}
cold_chromium() {
  local profile; profile=$(mktemp -d)
  cold chromium "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-quic \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$OUT/$S.cold.chromium.pdf" \
    "file://$OUT/$S.peer.html"
  rm -rf "$profile"
}
cold_weasyprint() {
  cold weasyprint weasyprint --pdf-variant pdf/a-3b "$OUT/$S.peer.html" "$OUT/$S.cold.weasyprint.pdf"
}
log "cold: ${COLD_RUNS} rounds of one fresh process per engine"
load cold_start
ENGINES=(vanthu vanthu_aot chromium weasyprint)
for ((r = 0; r < COLD_RUNS; r++)); do
  for ((i = 0; i < ${#ENGINES[@]}; i++)); do
    "cold_${ENGINES[(i + r) % ${#ENGINES[@]}]}"
  done
done
load cold_end

# --- Warm: one process per engine, both samples, same protocol ----------------------------------
XHTML_FILES=(); PEER_FILES=(); JSON_FILES=()
for s in "${SAMPLES[@]}"; do
  JSON_FILES+=("samples/$s.json"); PEER_FILES+=("$OUT/$s.peer.html")
done
# Vanthu runs as a batch does (`src/main/bin/vanthu render … -d DIR`: the parallel collector, and
# transparent huge pages where the kernel has them), and once more as the JVM runs by default (G1,
# small pages), reported beside it as vanthu-g1.
BATCH_OPTS="-Xmx1g -XX:+UseParallelGC"
if [[ -r /sys/kernel/mm/transparent_hugepage/enabled \
      && $(cat /sys/kernel/mm/transparent_hugepage/enabled) != *"[never]"* ]]; then
  BATCH_OPTS+=" -XX:+UseTransparentHugePages"
fi
warm_vanthu() {
  "$JAVA" ${VANTHU_OPTS:-$BATCH_OPTS} -cp "$APP/vanthu.jar:$HARNESS" \
    vn.vanthu.benchmark.RenderHarness warm --warmup "$WARMUP" --warmup-docs "$WARMUP_DOCS" \
    --docs "$DOCS" --seconds "$TP_SECONDS" "${JSON_FILES[@]}" >>"$RESULTS"
}
warm_vanthu_g1() {
  "$JAVA" -Xmx1g -XX:+UseG1GC -cp "$APP/vanthu.jar:$HARNESS" vn.vanthu.benchmark.RenderHarness \
    warm --warmup "$WARMUP" --warmup-docs "$WARMUP_DOCS" --docs "$DOCS" --seconds "$TP_SECONDS" \
    "${JSON_FILES[@]}" | sed 's/^RESULT vanthu /RESULT vanthu-g1 /' >>"$RESULTS"
}
warm_chromium() {
  (cd "$NODE_DIR" && CHROMIUM=$CHROMIUM node chromium-warm.mjs --warmup "$WARMUP" --docs "$DOCS" \
    --seconds "$TP_SECONDS" --tagged "$TAGGED" --out "$OUT" "${PEER_FILES[@]}") >>"$RESULTS"
}
warm_weasyprint() {
  "$PY" src/test/bench/weasyprint-warm.py --warmup "$WARMUP" --docs "$DOCS" \
    --seconds "$TP_SECONDS" --out "$OUT" "${PEER_FILES[@]}" >>"$RESULTS" 2>"$OUT/weasyprint.err"
}
WARM=(vanthu chromium weasyprint vanthu_g1)
for ((r = 0; r < ROUNDS; r++)); do
  for ((i = 0; i < ${#WARM[@]}; i++)); do
    engine=${WARM[(i + r) % ${#WARM[@]}]}
    log "warm: $engine (round $((r + 1)) of $ROUNDS)"
    load "warm_${engine}_start"
    "warm_$engine"
    load "warm_${engine}_end"
  done
done

# --- Memory: a generated 500-page plan with a 256 MB heap ---------------------------------------
if [[ $LARGE == 1 ]]; then
  log "large: a 500-page plan with -Xmx256m"
  load large_start
  "$JAVA" -Xmx256m -cp "$APP/vanthu.jar:$HARNESS" vn.vanthu.benchmark.RenderHarness large \
    --pages 500 >>"$RESULTS" || record vanthu large-plan ok 0
  load large_end
fi

# --- The table ---------------------------------------------------------------------------------------
"$PY" - "$RESULTS" <<'EOF'
import collections, statistics, sys
values = collections.defaultdict(list)
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 5 and parts[0] == 'RESULT':
        values[(parts[1], parts[2], parts[3])].append(' '.join(parts[4:]))

def num(engine, case, key, pick=statistics.median):
    v = values.get((engine, case, key))
    return pick([float(x) for x in v]) if v else None

def fmt(x, digits=1):
    return '—' if x is None else f'{x:,.{digits}f}'

env = {k[2]: v[-1] for k, v in values.items() if k[0] == 'env' and not k[2].startswith('load')}
loads = [float(x) for k, v in values.items() if k[0] == 'env' and k[2].startswith('load_') for x in v]
print('\nmachine:', env.get('cores'), 'cores,', env.get('cpu', '').replace('_', ' '))
print('java:', env.get('java', '').replace('_', ' '), '| chromium', env.get('chromium'),
      '| weasyprint', env.get('weasyprint'))
if loads:
    print(f'load average (1 min) during the run: min {min(loads):.2f}, max {max(loads):.2f}')

ENGINES = ['vanthu', 'chromium', 'weasyprint']
rows = []
def row(label, case, key, better, digits=1, engines=ENGINES):
    figures = {e: num(e, case, key) for e in engines}
    peers = [figures[e] for e in ('chromium', 'weasyprint') if figures.get(e) is not None]
    v = figures.get('vanthu') if 'vanthu' in figures else figures.get(engines[0])
    best = (max(peers) if better == 'high' else min(peers)) if peers else None
    ratio = None
    if v and best:
        ratio = v / best if better == 'high' else best / v
    rows.append((label, [fmt(figures.get(e), digits) for e in ENGINES], fmt(best, digits),
                 '—' if ratio is None else f'{ratio:.2f}×'))
    return ratio

ratios = {}
for case, title in (('quyet-dinh-813-bhxh', '813 decision + plan (5 pages)'),
                    ('cong-van-bao-cao-ttdn-2024', 'công văn (1 page)')):
    rows.append((f'**{title}**', ['', '', ''], '', ''))
    ratios[(case, 'tp')] = row('warm docs/s, all cores', case, 'throughput_docs_per_s', 'high')
    g1 = num('vanthu-g1', case, 'throughput_docs_per_s')
    if g1 is not None:
        peers = [x for x in (num('chromium', case, 'throughput_docs_per_s'),
                             num('weasyprint', case, 'throughput_docs_per_s')) if x]
        rows.append(('… with the JVM\'s default collector (G1)', [fmt(g1), '', ''],
                     fmt(max(peers)) if peers else '—',
                     f'{g1 / max(peers):.2f}×' if peers else '—'))
    ratios[(case, 'p50')] = row('p50 latency, 1 thread (ms)', case, 'p50_ms', 'low')
    row('p99 latency, 1 thread (ms)', case, 'p99_ms', 'low')
    row('CPU per doc, all cores busy (ms)', case, 'throughput_cpu_ms_per_doc', 'low')
    # One document at a time: the renderer thread's CPU (Vanthu, WeasyPrint: median; Chromium:
    # all its processes, mean). Wall time minus this is time spent waiting for a core.
    for e in ('vanthu', 'weasyprint'):
        values[(e, case, 'cpu_1thread_ms')] = values.get((e, case, 'cpu_p50_ms'), [])
    values[('chromium', case, 'cpu_1thread_ms')] = values.get(('chromium', case, 'cpu_mean_ms'), [])
    row('CPU per doc, 1 thread (ms)', case, 'cpu_1thread_ms', 'low')
    row('1st doc of a new process, after its setup (ms)', case, 'first_render_ms', 'low', 0)
    row('peak RSS (MB)', case, 'peak_rss_mb', 'low', 0)
    ratios[(case, 'size')] = row('PDF bytes', case, 'pdf_bytes', 'low', 0)

S = 'quyet-dinh-813-bhxh'
rows.append(('**cold process, 813 (median)**', ['', '', ''], '', ''))
ratios['cold'] = row('wall (s), java -jar', S, 'cold_wall_s', 'low', 2)
row('CPU (s), java -jar', S, 'cold_cpu_s', 'low', 2)
aot_wall = num('vanthu-aot', S, 'cold_wall_s')
if aot_wall is not None:
    peers = [x for x in (num('chromium', S, 'cold_wall_s'), num('weasyprint', S, 'cold_wall_s')) if x]
    ratios['cold_aot'] = min(peers) / aot_wall if peers else None
    rows.append(('wall (s), extracted jar + AOT cache', [fmt(aot_wall, 2), '', ''],
                 fmt(min(peers), 2) if peers else '—',
                 f"{ratios['cold_aot']:.2f}×" if ratios['cold_aot'] else '—'))
    rows.append(('CPU (s), extracted jar + AOT cache',
                 [fmt(num('vanthu-aot', S, 'cold_cpu_s'), 2), '', ''], '', ''))

print('\n| | Vanthu | Chromium | WeasyPrint | best peer | Vanthu vs best |')
print('|---|---:|---:|---:|---:|---:|')
for label, figures, best, ratio in rows:
    print(f'| {label} | ' + ' | '.join(figures) + f' | {best} | {ratio} |')

def verdict(ok):
    return 'holds' if ok else 'does not hold'
print('\ntargets (813 sample):')
r = ratios.get((S, 'tp'))
print(f'  warm throughput ≥ 10× best peer: {fmt(r, 2)}× → {verdict(r and r >= 10)}')
r = ratios.get((S, 'p50'))
print(f'  p50 latency ≤ 1/5 of best peer:  {fmt(r, 2)}× faster → {verdict(r and r >= 5)}')
r = ratios.get('cold')
print(f'  cold first document faster than both peers (java -jar): {fmt(r, 2)}× → {verdict(r and r > 1)}')
if ratios.get('cold_aot'):
    r = ratios['cold_aot']
    print(f'  … with the extracted jar and its AOT cache: {fmt(r, 2)}× → {verdict(r > 1)}')
r = ratios.get((S, 'size'))
print(f'  PDF no larger than the smallest peer: {fmt(r, 2)}× → {verdict(r and r >= 1)}')
large = {k[2]: v[-1] for k, v in values.items() if k[:2] == ('vanthu', 'large-plan')}
if large:
    print(f"\n500-page plan with -Xmx256m: ok={large.get('ok')} pages={large.get('pages')} "
          f"time={large.get('render_ms')} ms peak heap={large.get('peak_heap_mb')} MB "
          f"pdf={large.get('pdf_bytes')} bytes")
EOF
echo "raw figures: $RESULTS" >&2
