#!/usr/bin/env bash
# search-compare.sh SIZE... : site-gen's search beside Pagefind's, on the same corpora, in one run.
#
# For each SIZE (number of findings):
#   1. generates the corpus with gen-corpus.py (kept in WORK/corpus-SIZE for later runs);
#   2. builds our site (org.sitegen.bench.BuildOnce, -Xmx1g) and the equivalent Hugo site indexed by
#      Pagefind 1.6.0 (shared/bench/anchors/run-anchors.sh);
#   3. writes the ground truth of the query terms (ground-truth.py);
#   4. serves both with python3 -m http.server under /xszg/ and measures the queries in headless
#      Chromium: ours with bench/search-query.cjs, Pagefind's with anchors/pagefind-query.cjs (FULL=1);
#   5. prints a Markdown table per size, and keeps the raw JSON lines in WORK/SIZE-{ours,pagefind}.jsonl.
#
# Needs: java 17 and mvn (run `mvn -B -q install -DskipTests` first, or at least test-compile of
# core), python3, node and npm, hugo, /usr/bin/chromium. playwright-core is npm-installed into
# WORK/node (never into the repository). Environment: WORK (default /tmp/sitegen-search-bench),
# SHARED (default ../shared beside the repository, else /work/shared), TERMS (default below),
# REUSE=1 to keep an existing Hugo+Pagefind build of a size (its figures are read from its log).
#
#   bench/search-compare.sh 10000 100000
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WORK=${WORK:-/tmp/sitegen-search-bench}
SHARED=${SHARED:-$([ -d "$REPO/../shared/bench" ] && echo "$REPO/../shared" || echo /work/shared)}
TERMS=${TERMS:-"招投标|化债|消防隐患|违建|干部|2023 招投标"}
IFS='|' read -r -a TERM_LIST <<< "$TERMS"
[ $# -gt 0 ] || { echo "usage: $0 SIZE..." >&2; exit 2; }
mkdir -p "$WORK"

if [ ! -d "$WORK/node/node_modules/playwright-core" ]; then
  mkdir -p "$WORK/node" && (cd "$WORK/node" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund playwright-core)
fi
export NODE_PATH="$WORK/node/node_modules"

(cd "$REPO" && mvn -B -q -o test-compile -pl core && mvn -B -q -o dependency:build-classpath -pl core -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP="$REPO/core/target/classes:$REPO/core/target/test-classes:$(cat "$WORK/cp.txt")"

serve() { # serve DIR PORT: starts a static server, echoes its pid
  (cd "$1" && exec python3 -m http.server "$2" --bind 127.0.0.1 >/dev/null 2>&1) &
  echo $!
}

for SIZE in "$@"; do
  CORPUS="$WORK/corpus-$SIZE"
  [ -d "$CORPUS/findings" ] || python3 "$SHARED/bench/gen-corpus.py" --records "$SIZE" --out "$CORPUS"

  echo "== $SIZE findings: our build"
  mkdir -p "$WORK/ours-$SIZE"
  OURS_BUILD=$(java -Xmx1g -cp "$CP" org.sitegen.bench.BuildOnce "$CORPUS" "$WORK/ours-$SIZE/xszg")
  echo "$OURS_BUILD"
  echo "== $SIZE findings: Hugo + Pagefind"
  if [ "${REUSE:-0}" != 1 ] || [ ! -s "$WORK/anchors-$SIZE.log" ] || [ ! -d "$WORK/anchors-$SIZE/hugo-out/pagefind" ]; then
    "$SHARED/bench/anchors/run-anchors.sh" "$CORPUS" "$WORK/anchors-$SIZE" > "$WORK/anchors-$SIZE.log" 2>&1
  fi
  PF_BUILD=$(cat "$WORK/anchors-$SIZE.log")
  echo "$PF_BUILD"
  mkdir -p "$WORK/pf-$SIZE"
  ln -sfn "$WORK/anchors-$SIZE/hugo-out" "$WORK/pf-$SIZE/xszg"
  printf '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>q</title></head><body></body></html>\n' > "$WORK/pf-$SIZE/q.html"

  python3 "$SHARED/bench/anchors/ground-truth.py" "$CORPUS" $(printf '%s\n' "${TERM_LIST[@]}" | tr ' ' '\n' | sort -u) >/dev/null
  TRUTH="$CORPUS-truth.json"
  # a query of several words: the findings that contain every word
  python3 - "$TRUTH" "${TERM_LIST[@]}" <<'PY'
import json, sys
path, terms = sys.argv[1], sys.argv[2:]
truth = json.load(open(path, encoding="utf-8"))
for kind in ("titlebody", "page"):
    for t in terms:
        words = t.split()
        if len(words) > 1:
            sets = [set(truth[kind].get(w, [])) for w in words]
            truth[kind][t] = sorted(set.intersection(*sets))
json.dump(truth, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY

  P1=$(serve "$WORK/ours-$SIZE" 8791); P2=$(serve "$WORK/pf-$SIZE" 8792)
  trap 'kill $P1 $P2 2>/dev/null || true' EXIT
  sleep 1
  echo "== $SIZE findings: queries"
  node "$HERE/search-query.cjs" http://127.0.0.1:8791/xszg/ "$WORK/ours-$SIZE" "$TRUTH" "${TERM_LIST[@]}" > "$WORK/$SIZE-ours.jsonl"
  node "$SHARED/bench/anchors/pagefind-query.cjs" http://127.0.0.1:8792 "$WORK/pf-$SIZE" /xszg/pagefind/pagefind.js "$TRUTH" 1 \
    "${TERM_LIST[@]}" > "$WORK/$SIZE-pagefind.jsonl"
  kill "$P1" "$P2" 2>/dev/null || true
  trap - EXIT

  OURS_BUILD="$OURS_BUILD" PF_BUILD="$PF_BUILD" python3 - "$SIZE" "$WORK" <<'PY'
import json, os, subprocess, sys
size, work = sys.argv[1], sys.argv[2]
def tree(d):
    files = total = 0
    for root, _, names in os.walk(d):
        for n in names:
            files += 1
            total += os.path.getsize(os.path.join(root, n))
    du = int(subprocess.run(["du", "-sk", d], capture_output=True, text=True).stdout.split()[0])
    return files, total, du
ours_build = json.loads(os.environ["OURS_BUILD"].strip().splitlines()[-1])
pf_lines = os.environ["PF_BUILD"].splitlines()
pf_wall = next((l.split("wall_s=")[1].split()[0] for l in pf_lines if l.startswith("pagefind wall_s=")), "?")
pf_rss = next((l.split("peak_rss_kb=")[1].split()[0] for l in pf_lines if l.startswith("pagefind wall_s=")), "?")
of, ob, od = tree(f"{work}/ours-{size}/xszg/assets/search")
pf, pb, pd = tree(f"{work}/anchors-{size}/hugo-out/pagefind")
ours = [json.loads(l) for l in open(f"{work}/{size}-ours.jsonl")]
pfr = [json.loads(l) for l in open(f"{work}/{size}-pagefind.jsonl")]
print(f"\n### {int(size):,} findings\n")
print("| | site-gen | Pagefind 1.6.0 |\n|---|---|---|")
print(f"| index on disk | {ob/1e6:.1f} MB in {of:,} files (du {od/1024:.0f} MiB) | {pb/1e6:.1f} MB in {pf:,} files (du {pd/1024:.0f} MiB) |")
pf_rss = f"{int(pf_rss) / 1024:.0f} MiB" if pf_rss.isdigit() else pf_rss
print(f"| index build | search stage {ours_build['stages'].get('stage.search', ours_build['stages'].get('search', 0)):.1f} s (whole build {ours_build['wall_s']:.1f} s,"
      f" peak heap {ours_build['peak_heap_mib']:.0f} MiB) | pagefind {pf_wall} s, peak RSS {pf_rss} (Hugo not counted) |")
print()
print("| query | results (ours / Pagefind) | cold KB (ours / Pagefind) | cold requests (ours / Pagefind) | ours, ms: typed → first result, → 20 shown; Enter → 20 shown | Pagefind, ms: search, top 10 | warm KB (ours / Pagefind) | precision, recall: ours / Pagefind |")
print("|---|---|---|---|---|---|---|---|")
for o, p in zip(ours, pfr):
    def pr_pf(p):
        got = p.get("hits_in_titlebody", 0) + p.get("hits_page_only", 0) + p.get("hits_without_term", 0)
        prec = (got - p.get("hits_without_term", 0)) / got if got else 1
        rec = p.get("hits_in_titlebody", 0) / p["truth_titlebody"] if p.get("truth_titlebody") else float("nan")
        return f"{prec:.3f}, {rec:.3f}"
    first = f"{o['first_ms']:.0f}" if o.get("first_ms") is not None else "–"
    print(f"| {o['term']} | {o['results']:,} / {p['results']:,} | {o['cold_bytes']/1000:.0f} / {p['cold_bytes']/1000:.0f} | "
          f"{o['cold_requests']} / {p['cold_requests']} | {first}, {o['typing_ms']:.0f}; {o['search_ms']:.0f} | "
          f"{p['cold_search_ms']:.0f}, {p['cold_top10_ms']:.0f} | "
          f"{o['warm_bytes']/1000:.0f} / {p['warm_bytes']/1000:.0f} | {o.get('precision_page', float('nan')):.3f}, {o.get('recall_titlebody', float('nan')):.3f} / {pr_pf(p)} |")
PY
done
