#!/usr/bin/env bash
# compare.sh SIZE... : the project's benchmark beside Hugo + Pagefind, on the same corpora, in one run.
#
# For each SIZE (number of findings), with the corpus of shared/bench/gen-corpus.py:
#   1. our benchmark (mvn -Pbench: full builds in fresh JVMs, and mvn site-gen:build when installed);
#   2. shared/bench/anchors/run-anchors.sh: Hugo's build and Pagefind's index of the same corpus;
#   3. the file-copy floor: cp -r of Hugo's output;
# then prints the ratios the performance goals speak of. The project itself does not depend on Hugo
# or Pagefind: this script only runs them beside it (hugo from Debian, pagefind from npm).
#
#   mvn -B -q install -DskipTests        # once: the plugin, for the mvn site-gen:build figures
#   bench/compare.sh 1000 10000 100000   # WORK=/tmp/sitegen-compare by default; RUNS=3
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WORK=${WORK:-/tmp/sitegen-compare}
RUNS=${RUNS:-3}
SHARED=${SHARED:-$([ -d "$REPO/../shared/bench" ] && echo "$REPO/../shared" || echo /work/shared)}
[ $# -gt 0 ] || { echo "usage: $0 SIZE..." >&2; exit 2; }
mkdir -p "$WORK"

num() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | head -1; }

for SIZE in "$@"; do
  CORPUS="$WORK/corpus-$SIZE"
  [ -d "$CORPUS/findings" ] || python3 "$SHARED/bench/gen-corpus.py" --records "$SIZE" --out "$CORPUS"
  echo "=================== $SIZE findings"
  (cd "$REPO" && mvn -B -q -o -pl core -Pbench verify -Dbench.sizes="$SIZE" -Dbench.runs="$RUNS" \
      -Dbench.work="$WORK") | tee "$WORK/ours-$SIZE.txt"
  sync
  "$SHARED/bench/anchors/run-anchors.sh" "$CORPUS" "$WORK/anchors-$SIZE" 2>&1 | tee "$WORK/anchors-$SIZE.log"
  sync
  rm -rf "$WORK/floor-$SIZE"
  FLOOR=$( { /usr/bin/time -f "%e" cp -r "$WORK/anchors-$SIZE/hugo-out" "$WORK/floor-$SIZE"; } 2>&1 | tail -1)
  rm -rf "$WORK/floor-$SIZE"

  OURS=$(sed -n 's/.*wall \([0-9.]*\) s (process.*/\1/p' "$WORK/ours-$SIZE.txt" | head -1)
  MVN=$(sed -n 's/.*mvn site-gen:build.*median \([0-9.]*\) s.*/\1/p' "$WORK/ours-$SIZE.txt" | head -1)
  HUGO=$(num 'hugo wall_s' < "$WORK/anchors-$SIZE.log")
  PF=$(num 'pagefind wall_s' < "$WORK/anchors-$SIZE.log")
  python3 - "$SIZE" "$OURS" "${MVN:-0}" "$HUGO" "$PF" "$FLOOR" <<'PY'
import sys
size, ours, mvn, hugo, pf, floor = sys.argv[1], *map(float, sys.argv[2:])
both = hugo + pf
print(f"\n{int(size):,} findings: ours {ours:.2f} s (library, fresh JVM)" + (f", {mvn:.2f} s (mvn site-gen:build)" if mvn else "")
      + f"; Hugo {hugo:.2f} s, Pagefind {pf:.2f} s, Hugo + Pagefind {both:.2f} s; cp -r floor {floor:.2f} s")
for label, t in [("library", ours)] + ([("mvn", mvn)] if mvn else []):
    print(f"  {label}: {t / hugo:.2f}x Hugo alone, {t / both:.3f}x Hugo + Pagefind (1/{both / t:.1f}), {t / floor:.2f}x the copy floor")
PY
done
