#!/usr/bin/env bash
# preview-compare.sh SIZE... : the preview (mvn site-gen:run) beside `hugo server`, on the same
# corpora, in one run.
#
# For each SIZE (number of findings), with the corpus of shared/bench/gen-corpus.py:
#   1. site-gen's preview (the classes of mvn site-gen:run, started by a small launcher without
#      Maven: org.sitegen.maven.preview.PreviewMain, in -Xmx$XMX): the time to its first page and
#      its heap after the first build;
#   2. preview-edits.py: for each kind of edit (body, title, status, new finding, deleted finding,
#      site settings), EDITS edits, each timed from the file's write to the page served with the
#      new content, polled over HTTP;
#   3. the same for `hugo server` (Debian's hugo) on the equivalent Hugo site of
#      shared/bench/anchors/make-hugo-site.sh, with its default settings (in memory, fast render);
# then prints the medians side by side. Every preview started is stopped by its own pid, on exit
# too. Needs python3, curl and hugo (apt-get install -y hugo).
#
#   bench/preview-compare.sh 1000 10000 100000     # WORK=/tmp/sitegen-preview-bench, EDITS=10
#
# Before the timed edits, WARMUP (20) untimed body edits for site-gen and HUGO_WARMUP (3) for hugo
# (a Go binary, compiled ahead of time; its edits take seconds each): a preview runs all day, so
# an edit is timed as it is once the JVM has compiled the code, not in its first second.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WORK=${WORK:-/tmp/sitegen-preview-bench}
EDITS=${EDITS:-10}
WARMUP=${WARMUP:-20}
HUGO_EDITS=${HUGO_EDITS:-$EDITS}
HUGO_WARMUP=${HUGO_WARMUP:-3}
XMX=${XMX:-1g}
OURS_PORT=${OURS_PORT:-18080}
HUGO_PORT=${HUGO_PORT:-18313}
SHARED=${SHARED:-$([ -d "$REPO/../shared/bench" ] && echo "$REPO/../shared" || echo /work/shared)}
[ $# -gt 0 ] || { echo "usage: $0 SIZE..." >&2; exit 2; }
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo" >&2; exit 2; }
mkdir -p "$WORK"

PIDS=()
stop_all() {
  for p in "${PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true
  done
  PIDS=()
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

# runs a command in the background and waits for it, so that Ctrl+C stops it at once
run() { "$@" & local p=$!; PIDS+=("$p"); wait "$p"; }

echo "compiling (core, maven-plugin) ..."
(cd "$REPO" && mvn -B -q -o -pl core,maven-plugin test-compile -Dinvoker.skip >/dev/null)
(cd "$REPO" && mvn -B -q -o -pl core dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$WORK/core-cp.txt" >/dev/null)
CP="$REPO/core/target/classes:$(cat "$WORK/core-cp.txt"):$REPO/maven-plugin/target/classes:$REPO/maven-plugin/target/test-classes"

await_line() { # FILE PATTERN SECONDS
  local end=$((SECONDS + $3))
  until grep -q "$2" "$1" 2>/dev/null; do
    [ $SECONDS -lt $end ] || { echo "timed out waiting for '$2' in $1" >&2; cat "$1" >&2; return 1; }
    sleep 0.05
  done
}
peak_rss_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

for SIZE in "$@"; do
  CORPUS="$WORK/corpus-$SIZE"
  [ -d "$CORPUS/findings" ] || python3 "$SHARED/bench/gen-corpus.py" --records "$SIZE" --out "$CORPUS" >/dev/null
  echo "=================== $SIZE findings ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"

  # --- site-gen: a copy of the corpus of its own, which the edits change
  OURS="$WORK/ours-$SIZE"; rm -rf "$OURS"; cp -r "$CORPUS" "$OURS"
  STOP="$WORK/ours-$SIZE.stop"; rm -f "$STOP"
  START=$(date +%s%N)
  java -Xmx"$XMX" -cp "$CP" org.sitegen.maven.preview.PreviewMain "$OURS" "$OURS_PORT" "$STOP" \
      > "$WORK/ours-$SIZE.log" 2>&1 &
  OURS_PID=$!; PIDS+=("$OURS_PID")
  await_line "$WORK/ours-$SIZE.log" "^address=" 600
  OURS_FIRST=$(( ($(date +%s%N) - START) / 1000000 ))
  URL=$(sed -n 's/^address=//p' "$WORK/ours-$SIZE.log")
  HEAP=$(sed -n 's/^heap_used_mib=//p' "$WORK/ours-$SIZE.log")
  echo "site-gen: first page after ${OURS_FIRST} ms (JVM start included), heap after the first build ${HEAP} MiB; $URL"
  run python3 "$HERE/preview-edits.py" --kind ours --source "$OURS" --url "$URL" --edits "$EDITS" --warmup "$WARMUP" --settle 0.3 \
      > "$WORK/ours-$SIZE.json"
  cat "$WORK/ours-$SIZE.json"
  OURS_RSS=$(peak_rss_mib "$OURS_PID")
  touch "$STOP"; wait "$OURS_PID" || true; PIDS=()
  if [ -e "$STOP" ]; then echo "site-gen's preview did not delete its stop file" >&2; fi
  echo "site-gen updates logged: $(grep -c "added, .* changed" "$WORK/ours-$SIZE.log" || true)"

  # --- hugo server: the equivalent Hugo site, on a corpus copy of its own (its content files are
  # hard links to that copy)
  HUGO_CORPUS="$WORK/hugo-corpus-$SIZE"; HUGO_SITE="$WORK/hugo-site-$SIZE"
  rm -rf "$HUGO_CORPUS" "$HUGO_SITE"; cp -r "$CORPUS" "$HUGO_CORPUS"
  "$SHARED/bench/anchors/make-hugo-site.sh" "$HUGO_CORPUS" "$HUGO_SITE"
  START=$(date +%s%N)
  hugo server -s "$HUGO_SITE" --port "$HUGO_PORT" --bind 127.0.0.1 > "$WORK/hugo-$SIZE.log" 2>&1 &
  HUGO_PID=$!; PIDS+=("$HUGO_PID")
  await_line "$WORK/hugo-$SIZE.log" "Web Server is available" 1800
  HUGO_FIRST=$(( ($(date +%s%N) - START) / 1000000 ))
  HUGO_URL="http://127.0.0.1:$HUGO_PORT/xszg/"
  echo "hugo server: serving after ${HUGO_FIRST} ms; $(grep -m1 'Built in' "$WORK/hugo-$SIZE.log")"
  # hugo server keeps serving a deleted page from memory: a deletion is given 30 s to show
  run python3 "$HERE/preview-edits.py" --kind hugo --source "$HUGO_SITE" --url "$HUGO_URL" --edits "$HUGO_EDITS" --warmup "$HUGO_WARMUP" \
      --settle 1.0 --limit 600 --deleted-limit 30 > "$WORK/hugo-$SIZE.json"
  cat "$WORK/hugo-$SIZE.json"
  HUGO_RSS=$(peak_rss_mib "$HUGO_PID")
  stop_all

  python3 - "$SIZE" "$WORK/ours-$SIZE.json" "$WORK/hugo-$SIZE.json" "$OURS_FIRST" "$HUGO_FIRST" "$HEAP" \
      "$OURS_RSS" "$HUGO_RSS" <<'PY'
import json, sys
size, ours_f, hugo_f, ours_first, hugo_first, heap, ours_rss, hugo_rss = sys.argv[1:]
def medians(path):
    return {j["kind"]: j for j in map(json.loads, open(path))}
o, h = medians(ours_f), medians(hugo_f)
print(f"\n{int(size):,} findings: first page {int(ours_first) / 1000:.1f} s (site-gen, JVM start included) vs "
      f"{int(hugo_first) / 1000:.1f} s (hugo server); site-gen heap {heap} MiB after the first build, "
      f"peak RSS {ours_rss} MiB vs hugo {hugo_rss} MiB")
print("| edit | site-gen median (n) | hugo server median (n) | ratio |")
print("|---|---|---|---|")
def cell(j):
    if j["median_ms"] is None:
        return f"not served within the limit ({j['timed_out']} edits)"
    return f"{j['median_ms']:.0f} ms ({j['n']}" + (f", {j['timed_out']} not served" if j["timed_out"] else "") + ")"
for kind in ["body", "title", "status", "new", "deleted", "site"]:
    a, b = o.get(kind), h.get(kind)
    if not a or not b:
        continue
    ratio = f"1/{b['median_ms'] / a['median_ms']:.0f}" if a["median_ms"] and b["median_ms"] else "—"
    print(f"| {kind} | {cell(a)} | {cell(b)} | {ratio} |")
PY
done
