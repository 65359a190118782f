// search-query.cjs: measures site-gen's search in headless Chromium: bytes, requests and time per query.
//
//   NODE_PATH=<dir with node_modules holding playwright-core> \
//   node bench/search-query.cjs SITE_URL SERVE_DIR TRUTH_JSON TERM...
//
//   SITE_URL   the rendered site's folder as served, e.g. http://127.0.0.1:8766/xszg/ (search.html there)
//   SERVE_DIR  the folder served at the server's root (bytes are counted as the sizes of the files sent,
//              as /work/shared/bench/anchors/pagefind-query.cjs counts Pagefind's)
//   TRUTH_JSON from ground-truth.py ({titlebody: {term: [ids]}, page: {term: [ids]}}), or - for none; a
//              term of several words is compared with the intersection of its words' truths
//   TERM       a query, e.g. 招投标 or "2023 招投标"
//
// Each term: a fresh browser context (empty cache); open search.html and wait until search.js has
// loaded the index's meta part (the page is ready to search); then
//   - cold: enter the term into the search box as an input method commits a word (one input event)
//     and wait until the live region reports the results (the first 20 shown, with snippets).
//     Counted: every request after the page's HTML and CSS, so the search script's files (search-*.js,
//     search.js; "search.js" in cold_by_file) and meta.js are included,
//     as pagefind.js and its wasm are in pagefind-query.cjs.
//     typing_ms: from the input event to the live region's report, including search.js's debounce;
//     first_ms: from the input event to the first result in the list;
//     search_ms: from pressing Enter to the report (no debounce; in a second fresh context).
//     All are taken in the page from event timestamps, so the driver's own latency is not counted.
//   - warm: in the same page, the next term of the list, typed and submitted.
//   - full (with TRUTH_JSON): every result of the cold query (window.__sitegenSearch.results(), mapped
//     to finding ids through the index's record parts on disk) compared with the truth: precision and
//     recall against "the term is in title or body" and against "the term is on the finding's page".
// One line of JSON per term.
const { chromium } = require("playwright-core");
const fs = require("fs");
const path = require("path");
const [siteUrl, serveDir, truthFile, ...terms] = process.argv.slice(2);
if (!terms.length) {
  console.error("usage: node search-query.cjs SITE_URL SERVE_DIR TRUTH_JSON TERM...");
  process.exit(2);
}
const truth = truthFile === "-" ? null : JSON.parse(fs.readFileSync(truthFile, "utf8"));
const fileOf = u => path.join(serveDir, decodeURIComponent(new URL(u).pathname));
const fileBytes = u => { try { return fs.statSync(fileOf(u)).size; } catch (e) { return 0; } };
const sitePath = new URL(siteUrl).pathname;

// finding ids of reading-order positions, from the record parts assets/search/d/<chunk>.js
const siteDir = path.join(serveDir, decodeURIComponent(sitePath));
const parts = {};
global.window = { __sitegenSearch: { add: (name, value) => { parts[name] = value; } } };
const load = name => {
  if (!(name in parts)) {
    new Function(fs.readFileSync(path.join(siteDir, "assets/search", name + ".js"), "utf8"))();
  }
  return parts[name];
};
const idOf = doc => { const c = load("meta").chunk; return load("d/" + Math.floor(doc / c))[doc % c][4]; };

function truthOf(kind, term) {
  const words = term.split(/\s+/).filter(Boolean);
  let set = null;
  for (const w of words) {
    const ids = new Set(truth[kind][w] || []);
    set = set === null ? ids : new Set([...set].filter(x => ids.has(x)));
  }
  return set || new Set();
}

async function ready(page) {
  await page.goto(siteUrl + "search.html");
  // search.js makes the filters once the index's meta part is loaded
  await page.waitForFunction(() => document.querySelector("#search-filters select") !== null);
}

// enters a term as an input method commits it (one input event with the whole text), then waits for
// the results; returns the ms from that input event (or from Enter, when submitting) to the first
// result of the new search in the list (first_ms) and to the live region reporting the results with
// the first 20 shown (ms). Both are taken in the page from event timestamps, so the driver's own
// latency is not counted.
async function search(page, term, submit) {
  await page.fill("#search-q", "");
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    const s = document.getElementById("search-status"), list = document.getElementById("search-results");
    const b = window.__bench = { t0: 0, t1: 0, first: 0, old: new Set(list.children), armed: false };
    const mark = e => { if (b.armed && !b.t1) b.t0 = e.timeStamp; };
    document.getElementById("search-q").addEventListener("input", mark, true);
    document.getElementById("search-form").addEventListener("submit", mark, true);
    new MutationObserver(() => {
      if (b.armed && b.t0 && !b.t1 && (/\d/.test(s.textContent) || /没有|No finding/.test(s.textContent))) {
        b.t1 = performance.now();
      }
    }).observe(s, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => {
      if (b.armed && b.t0 && !b.first && list.firstElementChild && !b.old.has(list.firstElementChild)) {
        b.first = performance.now();
      }
    }).observe(list, { childList: true });
    b.armed = true;
  });
  await page.focus("#search-q");
  await page.keyboard.insertText(term);
  if (submit) {
    await page.press("#search-q", "Enter");
  }
  await page.waitForFunction(() => window.__bench.t1 > 0, null, { timeout: 30000 });
  return page.evaluate(() => ({ ms: window.__bench.t1 - window.__bench.t0,
    first_ms: window.__bench.first ? window.__bench.first - window.__bench.t0 : null,
    status: document.getElementById("search-status").textContent }));
}

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-sync"] });
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i], next = terms[(i + 1) % terms.length];
    const rec = { term };
    for (const submit of [false, true]) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const errors = [];
      page.on("pageerror", e => errors.push(e.message));
      let reqs = [];
      ctx.on("requestfinished", req => reqs.push({ url: req.url(), bytes: fileBytes(req.url()) }));
      await ready(page);
      const pageLoad = reqs.filter(r => !/\.(html|css)(\?|$)/.test(r.url));  // the script's files, meta.js
      reqs = [];
      const cold = await search(page, term, submit);
      await page.waitForTimeout(100);
      const all = pageLoad.concat(reqs);
      const sum = rs => rs.reduce((a, r) => a + r.bytes, 0);
      if (!submit) {
        const kind = u => {
          // the search script's files (search-*.js, search.js) count as one, "search.js"
          const m = u.replace(/\?.*/, "").match(/assets\/(search\/)?([a-z]+)(\/|[a-z-]*\.js)/);
          return m ? (m[1] ? m[2] : "search.js") : u;
        };
        const byKind = {};
        for (const r of all) { const k = kind(r.url); byKind[k] = byKind[k] || [0, 0]; byKind[k][0]++; byKind[k][1] += r.bytes; }
        Object.assign(rec, { status: cold.status.trim(), typing_ms: +cold.ms.toFixed(1), first_ms: cold.first_ms && +cold.first_ms.toFixed(1),
          cold_requests: all.length,
          cold_bytes: sum(all), cold_by_file: byKind, page_load_bytes: sum(pageLoad) });
        const results = await page.evaluate(() => window.__sitegenSearch.results());
        rec.results = results.length;
        rec.top3 = await page.evaluate(() => [...document.querySelectorAll("#search-results .search-title")].slice(0, 3).map(e => e.textContent));
        if (truth) {
          const got = results.map(idOf);
          const tb = truthOf("titlebody", term), pg = truthOf("page", term);
          const hitTb = got.filter(x => tb.has(x)).length, hitPg = got.filter(x => pg.has(x)).length;
          Object.assign(rec, { truth_titlebody: tb.size, truth_page: pg.size,
            hits_in_titlebody: hitTb, missed_titlebody: tb.size - hitTb, hits_page_only: hitPg - got.filter(x => tb.has(x) && pg.has(x)).length,
            hits_without_term: got.length - got.filter(x => pg.has(x) || tb.has(x)).length,
            precision_page: got.length ? +(hitPg / got.length).toFixed(4) : 1,
            recall_titlebody: tb.size ? +(hitTb / tb.size).toFixed(4) : 1 });
        }
        // warm: the next term in the same page
        reqs = [];
        const warm = await search(page, next, true);
        await page.waitForTimeout(100);
        Object.assign(rec, { warm_term: next, warm_search_ms: +warm.ms.toFixed(1), warm_requests: reqs.length, warm_bytes: sum(reqs) });
      } else {
        rec.search_ms = +cold.ms.toFixed(1);
      }
      if (errors.length) {
        rec.page_errors = errors;
      }
      await ctx.close();
    }
    console.log(JSON.stringify(rec));
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
