/*
 * site-gen search: runs search.html in the browser, from the index the build writes under
 * assets/search/ (see org.sitegen.internal.search.SearchIndexWriter for its layout).
 *
 * Index parts are script files that call window.__sitegenSearch.add(name, value); they are loaded
 * by adding <script src> elements, which works over http and from file:// (where fetch is refused),
 * needs no eval, and keeps to a Content-Security-Policy of default-src 'self'.
 *
 * Matching: text and query are folded code point by code point (NFKC, then lower case), exactly as
 * Folding.java does. A query's terms are its runs of letters, marks and numbers; a finding matches
 * when every term is a substring of one of its fields. Terms of one to three characters are looked
 * up directly; longer ones through trigrams whose positions are checked, so every result really
 * contains what was typed, and the filter counts agree with the list.
 */
(function () {
  "use strict";

  var PAGE = 20;
  var DEBOUNCE_MS = 120;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = new Int8Array(128).fill(-1);
  for (var a = 0; a < ALPHABET.length; a++) {
    VALUE[ALPHABET.charCodeAt(a)] = a;
  }

  var script = document.currentScript;
  var base = (script && script.src ? script.src.replace(/[?#].*$/, "").replace(/[^\/]*$/, "") : "assets/") + "search/";
  // search.html loads this script as search.js?v=<the index's version>; the parts are loaded with the
  // same query, so that a browser never mixes parts cached from an earlier build with this build's
  var version = script && script.src ? /[?&]v=([0-9a-f]+)/.exec(script.src.replace(/#.*$/, "")) : null;
  var suffix = version ? "?v=" + version[1] : "";

  // ---- loading index parts ----------------------------------------------------------------------

  var parts = Object.create(null);
  var lastResults = null;

  function part(name) {
    var p = parts[name];
    if (p) {
      return p.promise;
    }
    p = parts[name] = { done: false };
    p.promise = new Promise(function (resolve, reject) {
      p.resolve = resolve;
      p.reject = reject;
    });
    var el = document.createElement("script");
    el.src = base + name + ".js" + suffix;
    el.charset = "utf-8";
    el.async = true;
    el.onload = function () {
      el.remove();
      if (!p.done) {
        delete parts[name];
        p.reject(new Error("index part " + name + " did not register"));
      }
    };
    el.onerror = function () {
      el.remove();
      delete parts[name];
      p.reject(new Error("cannot load index part " + name));
    };
    document.head.appendChild(el);
    return p.promise;
  }

  function add(name, value) {
    var p = parts[name];
    if (p && !p.done) {
      p.done = true;
      p.resolve(value);
    }
  }

  // ---- folding, the same as Folding.java --------------------------------------------------------

  var WORD = /^[\p{L}\p{M}\p{N}]$/u;
  var foldCache = new Map();
  var wordCache = new Map();

  function foldCodePoint(cp) {
    if (cp < 128) {
      return [cp >= 65 && cp <= 90 ? cp + 32 : cp];
    }
    var f = foldCache.get(cp);
    if (f === undefined) {
      f = [];
      for (var ch of String.fromCodePoint(cp).normalize("NFKC").toLowerCase()) {
        f.push(ch.codePointAt(0));
      }
      foldCache.set(cp, f);
    }
    return f;
  }

  function isWord(cp) {
    if (cp < 128) {
      return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
    }
    var w = wordCache.get(cp);
    if (w === undefined) {
      w = WORD.test(String.fromCodePoint(cp));
      wordCache.set(cp, w);
    }
    return w;
  }

  /** Folds a string: {cps, from, to}, where from[i]..to[i] is the source of folded code point i. */
  function fold(s) {
    var cps = [], from = [], to = [];
    for (var i = 0; i < s.length;) {
      var cp = s.codePointAt(i);
      var next = i + (cp > 0xffff ? 2 : 1);
      var f = foldCodePoint(cp);
      for (var k = 0; k < f.length; k++) {
        cps.push(f[k]);
        from.push(i);
        to.push(next);
      }
      i = next;
    }
    return { cps: cps, from: from, to: to };
  }

  function foldString(s) {
    return String.fromCodePoint.apply(null, fold(s).cps);
  }

  /** The terms of a query: its folded runs of word characters, each once, as code point arrays. */
  function terms(query) {
    var cps = fold(query).cps, out = [], seen = new Set(), start = -1;
    for (var i = 0; i <= cps.length; i++) {
      var word = i < cps.length && isWord(cps[i]);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        var t = cps.slice(start, i), key = String.fromCodePoint.apply(null, t);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(t);
        }
        start = -1;
      }
    }
    return out.slice(0, 10);
  }

  // ---- decoding (IntCodec.java) -------------------------------------------------------------------

  /** The values of a string's characters (-1 for a character outside the alphabet). */
  function values(s) {
    var out = new Int8Array(s.length);
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      out[i] = c < 128 ? VALUE[c] : -1;
    }
    return out;
  }

  function bad() {
    throw new Error("bad index character");
  }

  /** Decodes varints; values stay below 2^31 (positions, gaps, counts). */
  function varints(s) {
    var cs = values(s), out = new Int32Array(s.length), n = 0, v = 0, shift = 0;
    for (var i = 0; i < cs.length; i++) {
      var c = cs[i];
      if (c < 0) {
        bad();
      }
      v |= (c & 31) << shift;
      if (c >= 32) {
        shift += 5;
      } else {
        out[n++] = v;
        v = 0;
        shift = 0;
      }
    }
    return out.subarray(0, n);
  }

  function docs(s) {
    if (s.charAt(0) === "~") {
      var cs = values(s), ids = new Int32Array((s.length - 1) * 6), n = 0;
      for (var j = 1; j < cs.length; j++) {
        var bits = cs[j];
        if (bits < 0) {
          bad();
        }
        for (var b = 0; bits; b++, bits >>= 1) {
          if (bits & 1) {
            ids[n++] = (j - 1) * 6 + b;
          }
        }
      }
      return ids.subarray(0, n);
    }
    var v = varints(s), last = -1;
    for (var i = 0; i < v.length; i++) {
      last = i === 0 ? v[0] : last + v[i] + 1;
      v[i] = last;
    }
    return v;
  }

  function unpack(s, bits, count) {
    var cs = values(s), per = Math.floor(6 / bits), mask = (1 << bits) - 1, out = new Uint8Array(count);
    for (var i = 0, j = 0, k = 0; i < count; i++) {
      var c = cs[j];
      if (c < 0) {
        bad();
      }
      out[i] = (c >> (k * bits)) & mask;
      if (++k === per) {
        k = 0;
        j++;
      }
    }
    return out;
  }

  function hash(token) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  // ---- querying ---------------------------------------------------------------------------------

  /** A token's postings: {docs, titles, statuses} (+ positions, a string, for trigrams), or null. */
  function entry(meta, token, withPositions) {
    return part("b/" + (hash(token) % meta.buckets)).then(function (bucket) {
      var e = Object.prototype.hasOwnProperty.call(bucket, token) ? bucket[token] : null;
      if (!e) {
        return null;
      }
      var d = typeof e[1] === "number" ? part("t/" + e[1]) : e[1];
      var p = withPositions ? (typeof e[2] === "number" ? part("p/" + e[2]) : e[2]) : null;
      return Promise.all([d, p]).then(function (r) {
        var ids = docs(r[0][0]);
        return { docs: ids, titles: docs(r[0][1]), statuses: unpack(r[0][2], meta.statusBits, ids.length), positions: r[1] };
      });
    });
  }

  /** Whether each id of ids (sorted) is in set (sorted). */
  function membership(ids, set) {
    var out = new Uint8Array(ids.length);
    for (var i = 0, j = 0; i < ids.length && j < set.length;) {
      if (ids[i] < set[j]) {
        i++;
      } else if (ids[i] > set[j]) {
        j++;
      } else {
        out[i++] = 1;
        j++;
      }
    }
    return out;
  }

  /**
   * The positions (2*position+title) of an entry's documents that are in wanted (sorted): for the
   * i-th wanted document, values[start[i]] to values[start[i + 1] - 1], ascending.
   */
  function positionsOf(e, wanted) {
    var v = varints(e.positions), start = new Int32Array(wanted.length + 1), out = [];
    var k = 0, w = 0;
    for (var i = 0; i < e.docs.length && w < wanted.length; i++) {
      var n = v[k++];
      if (e.docs[i] === wanted[w]) {
        var last = -1;
        for (var m = 0; m < n; m++) {
          last = m === 0 ? v[k + m] : last + v[k + m] + 1;
          out.push(last);
        }
        start[++w] = out.length;
      }
      k += n;
    }
    return { start: start, values: out };
  }

  function intersect(a, b) {
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out.push(a[i]);
        i++;
        j++;
      }
    }
    return Int32Array.from(out);
  }

  var EMPTY = { docs: new Int32Array(0), title: new Uint8Array(0), statuses: new Uint8Array(0) };

  /** The findings that contain a term: {docs (sorted), title (0/1 per doc), statuses (per doc)}. */
  function findTerm(meta, term) {
    var L = term.length;
    if (L <= 3) {
      return entry(meta, String.fromCodePoint.apply(null, term), false).then(function (e) {
        return e ? { docs: e.docs, title: membership(e.docs, e.titles), statuses: e.statuses } : EMPTY;
      });
    }
    var offsets = [];
    for (var o = 0; o + 3 < L; o += 3) {
      offsets.push(o);
    }
    offsets.push(L - 3);
    return Promise.all(offsets.map(function (off) {
      return entry(meta, String.fromCodePoint.apply(null, term.slice(off, off + 3)), true);
    })).then(function (es) {
      if (es.some(function (e) { return !e; })) {
        return EMPTY;
      }
      var candidates = es[0].docs;
      for (var j = 1; j < es.length; j++) {
        candidates = intersect(candidates, es[j].docs);
      }
      var pos = es.map(function (e) { return positionsOf(e, candidates); });
      var out = [], title = [], statuses = [];
      // the status of each candidate, from the first trigram's list (it holds every candidate)
      var first = es[0], fi = 0;
      for (var c = 0; c < candidates.length; c++) {
        var doc = candidates[c], found = false, inTitle = false;
        while (first.docs[fi] < doc) {
          fi++;
        }
        var p0 = pos[0];
        for (var f = p0.start[c]; f < p0.start[c + 1] && !inTitle; f++) {
          var p = p0.values[f] >> 1, ok = true;
          for (var k = 1; k < offsets.length && ok; k++) {
            var pk = pos[k], want = p + offsets[k];
            ok = false;
            for (var g = pk.start[c]; g < pk.start[c + 1]; g++) {
              if (pk.values[g] >> 1 === want) {
                ok = true;
                break;
              }
            }
          }
          if (ok) {
            found = true;
            inTitle = (p0.values[f] & 1) === 1;
          }
        }
        if (found) {
          out.push(doc);
          title.push(inTitle ? 1 : 0);
          statuses.push(first.statuses[fi]);
        }
      }
      return { docs: Int32Array.from(out), title: Uint8Array.from(title), statuses: Uint8Array.from(statuses) };
    });
  }

  /**
   * Runs a query: {docs, titles (how many terms each doc has in its title), statuses}, in doc
   * order, for the findings that contain every term.
   */
  function find(meta, termList) {
    return Promise.all(termList.map(function (t) { return findTerm(meta, t); })).then(function (rs) {
      var docs = rs[0].docs, statuses = rs[0].statuses, titles = Uint8Array.from(rs[0].title);
      for (var r = 1; r < rs.length; r++) {
        var d = [], s = [], t = [];
        for (var i = 0, j = 0; i < docs.length && j < rs[r].docs.length;) {
          if (docs[i] < rs[r].docs[j]) {
            i++;
          } else if (docs[i] > rs[r].docs[j]) {
            j++;
          } else {
            d.push(docs[i]);
            s.push(statuses[i]);
            t.push(titles[i] + rs[r].title[j]);
            i++;
            j++;
          }
        }
        docs = Int32Array.from(d);
        statuses = Uint8Array.from(s);
        titles = Uint8Array.from(t);
      }
      return { docs: docs, titles: titles, statuses: statuses };
    });
  }

  /** The category index of each doc (docs sorted), from the categories' first documents. */
  function categoriesOf(meta, docs) {
    var out = new Int32Array(docs.length), c = 0, cats = meta.categories;
    for (var i = 0; i < docs.length; i++) {
      while (c + 1 < cats.length && cats[c + 1][2] <= docs[i]) {
        c++;
      }
      out[i] = c;
    }
    return out;
  }

  function record(meta, doc) {
    var chunk = Math.floor(doc / meta.chunk);
    return part("d/" + chunk).then(function (records) {
      return records[doc - chunk * meta.chunk];
    });
  }

  // ---- highlighting -----------------------------------------------------------------------------

  /** The ranges [from, to) of s (UTF-16 offsets) that match a term, merged and sorted. */
  function matches(s, termList) {
    var f = fold(s), ranges = [];
    termList.forEach(function (t) {
      for (var i = 0; i + t.length <= f.cps.length; i++) {
        var k = 0;
        while (k < t.length && f.cps[i + k] === t[k]) {
          k++;
        }
        if (k === t.length) {
          ranges.push([f.from[i], f.to[i + t.length - 1]]);
        }
      }
    });
    ranges.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  /** Appends s[from, to) to el, with the matched ranges in <mark>. */
  function highlighted(el, s, ranges, from, to) {
    var at = from;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (a >= b) {
        return;
      }
      if (a > at) {
        el.appendChild(document.createTextNode(s.slice(at, a)));
      }
      var m = document.createElement("mark");
      m.textContent = s.slice(a, b);
      el.appendChild(m);
      at = b;
    });
    if (at < to) {
      el.appendChild(document.createTextNode(s.slice(at, to)));
    }
    return el;
  }

  /** A snippet of about 80 characters around the first match in the measures (or documents, units). */
  function snippet(rec, termList) {
    var fields = rec[5].concat(rec[7], rec[6]);
    var p = document.createElement("p");
    p.className = "search-snippet";
    for (var i = 0; i < fields.length; i++) {
      var s = fields[i], ranges = matches(s, termList);
      if (ranges.length) {
        var start = Math.max(0, ranges[0][0] - 24);
        while (start > 0 && start < s.length && s.charCodeAt(start) >= 0xdc00 && s.charCodeAt(start) <= 0xdfff) {
          start--;
        }
        var end = Math.min(s.length, start + 80);
        while (end < s.length && s.charCodeAt(end) >= 0xdc00 && s.charCodeAt(end) <= 0xdfff) {
          end++;
        }
        if (start > 0) {
          p.appendChild(document.createTextNode("…"));
        }
        highlighted(p, s, ranges, start, end);
        if (end < s.length) {
          p.appendChild(document.createTextNode("…"));
        }
        return p;
      }
    }
    if (rec[5].length) {
      var m = rec[5][0];
      p.textContent = m.length > 80 ? m.slice(0, 80) + "…" : m;
      return p;
    }
    return null;
  }

  // ---- the page ---------------------------------------------------------------------------------

  /*
   * Interface strings: search.html gives them as data- attributes of #search-app (or the form),
   * from the site's message bundle; these defaults only serve a page without them.
   */
  var DEFAULTS = {
    zh: {
      resultsCount: "找到 {n} 项问题",
      noResults: "没有找到相关问题。",
      browseHint: "也可以按问题类别或整改结果浏览。",
      browseAll: "问题清单",
      searching: "正在搜索…",
      loadError: "搜索索引加载失败，请稍后重试或按类别浏览。",
      more: "显示更多结果",
      filterStatus: "整改结果",
      filterCategory: "问题类别",
      filterInspection: "巡视",
      filterAll: "全部",
      clearFilters: "清除筛选",
      number: "{n}."
    },
    en: {
      resultsCount: "{n} findings found",
      noResults: "No findings match.",
      browseHint: "You can also browse by category or status.",
      browseAll: "All findings",
      searching: "Searching…",
      loadError: "The search index could not be loaded; try again later or browse by category.",
      more: "Show more results",
      filterStatus: "Status",
      filterCategory: "Category",
      filterInspection: "Inspection",
      filterAll: "All",
      clearFilters: "Clear filters",
      number: "{n}."
    }
  };

  function strings(form, app) {
    var lang = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0 ? "zh" : "en";
    var out = Object.assign({}, DEFAULTS[lang]);
    [form, app].forEach(function (el) {
      if (el) {
        Object.keys(el.dataset).forEach(function (k) {
          if (el.dataset[k]) {
            out[k] = el.dataset[k];
          }
        });
      }
    });
    out.statusLabels = json(out.statusLabels);
    out.statusTones = json(out.statusTones);
    return out;
  }

  function json(s) {
    try {
      var v = s ? JSON.parse(s) : null;
      return v && typeof v === "object" ? v : {};
    } catch (e) {
      return {};
    }
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  function start() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-q");
    var filters = document.getElementById("search-filters");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    if (!form || !input || !status || !list) {
      return;
    }
    var text = strings(form, document.getElementById("search-app"));
    var metaPromise = part("meta");
    var more = document.createElement("button");
    more.type = "button";
    more.id = "search-more";
    more.className = "search-more";
    more.hidden = true;
    more.textContent = text.more;
    var clear = null;
    list.parentNode.insertBefore(more, list.nextSibling);
    var browse = document.createElement("p");
    browse.id = "search-browse";
    browse.className = "search-browse";
    browse.hidden = true;
    list.parentNode.insertBefore(browse, more.nextSibling);

    var selects = {};
    var state = { q: "", status: "", category: "", inspection: "" };
    var generation = 0;
    var current = null;
    var timer = 0;

    function readUrl() {
      var params = new URLSearchParams(location.search);
      state = {
        q: params.get("q") || "",
        status: params.get("status") || "",
        category: params.get("category") || "",
        inspection: params.get("inspection") || ""
      };
      input.value = state.q;
      Object.keys(selects).forEach(function (k) {
        selects[k].value = state[k];
        if (selects[k].value !== state[k]) {
          addOption(selects[k], state[k], state[k]);
          selects[k].value = state[k];
        }
      });
    }

    function url() {
      var params = new URLSearchParams();
      ["q", "status", "category", "inspection"].forEach(function (k) {
        if (state[k]) {
          params.set(k, state[k]);
        }
      });
      var s = params.toString();
      return s ? "?" + s : location.pathname.replace(/.*\//, "") || "?";
    }

    /*
     * History: one entry per search the reader settled on. Typing updates the current entry
     * (replaceState), except that typing after a settled search starts a new entry, so back
     * returns to it; submitting or changing a filter settles the entry (pushState if it was
     * settled already). A page opened with a query in its URL starts settled.
     */
    var settled = !!location.search;

    function remember(settle) {
      var target = url();
      var same = target === location.search || (target.charAt(0) !== "?" && !location.search);
      if (same) {
        settled = settled || settle;
        return;
      }
      try {
        if (settled) {
          history.pushState(null, "", target);
        } else {
          history.replaceState(null, "", target);
        }
      } catch (e) {
        // a browser may refuse history changes for a file:// page; the search still works
      }
      settled = settle;
    }

    function addOption(select, value, label) {
      var o = document.createElement("option");
      o.value = value;
      o.textContent = label;
      select.appendChild(o);
      return o;
    }

    function makeSelect(meta, key, label) {
      var wrap = document.createElement("span");
      wrap.className = "search-filter search-filter-" + key;
      var l = document.createElement("label");
      var id = "search-filter-" + key;
      l.htmlFor = id;
      l.textContent = label;
      var s = document.createElement("select");
      s.id = id;
      s.name = key;
      wrap.appendChild(l);
      wrap.appendChild(document.createTextNode(" "));
      wrap.appendChild(s);
      filters.appendChild(wrap);
      s.addEventListener("change", function () {
        state[key] = s.value;
        remember(true);
        run();
      });
      selects[key] = s;
      return s;
    }

    function fillSelect(key, items, counts) {
      var s = selects[key];
      if (!s) {
        return;
      }
      var selected = state[key];
      while (s.firstChild) {
        s.removeChild(s.firstChild);
      }
      var total = 0;
      if (counts) {
        for (var c = 0; c < counts.length; c++) {
          total += counts[c];
        }
      }
      addOption(s, "", counts ? text.filterAll + " (" + total + ")" : text.filterAll);
      items.forEach(function (item, i) {
        if (!counts || counts[i] > 0 || item[0] === selected) {
          var label = key === "status" ? statusLabel(item) : item[1];
          addOption(s, item[0], counts ? label + " (" + counts[i] + ")" : label);
        }
      });
      s.value = selected;
      if (s.value !== selected) {
        addOption(s, selected, selected);
        s.value = selected;
      }
    }

    function say(message) {
      status.textContent = message;
    }

    function showBrowse(meta) {
      while (browse.firstChild) {
        browse.removeChild(browse.firstChild);
      }
      browse.appendChild(document.createTextNode(text.browseHint + " "));
      var links = [["index.html#categories", text.browseAll]].concat(meta.statuses.map(function (s) {
        return ["status/" + encodeURIComponent(s[0]) + ".html", statusLabel(s)];
      }));
      links.forEach(function (l, i) {
        if (i > 0) {
          browse.appendChild(document.createTextNode(" · "));
        }
        var a = document.createElement("a");
        a.href = l[0];
        a.textContent = l[1];
        browse.appendChild(a);
      });
      browse.hidden = false;
    }

    function statusLabel(s) {
      return Object.prototype.hasOwnProperty.call(text.statusLabels, s[0]) ? String(text.statusLabels[s[0]]) : s[1];
    }

    function clearResults() {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      more.hidden = true;
      browse.hidden = true;
    }

    /** A result, marked up as the finding lists of the other pages are (finding-item.mustache). */
    function resultItem(meta, rec, termList) {
      var li = document.createElement("li");
      li.className = "finding-item search-result";
      var a = document.createElement("a");
      a.className = "finding-link";
      a.href = "findings/" + encodeURIComponent(rec[4]) + ".html";
      var num = document.createElement("span");
      num.className = "num";
      num.textContent = format(text.number, { n: rec[0] });
      var title = document.createElement("span");
      title.className = "search-title";
      highlighted(title, rec[1], matches(rec[1], termList), 0, rec[1].length);
      a.appendChild(num);
      a.appendChild(document.createTextNode(" "));
      a.appendChild(title);
      li.appendChild(a);
      var info = document.createElement("span");
      info.className = "finding-meta";
      var st = meta.statuses[rec[2]];
      var badge = document.createElement("span");
      var tone = text.statusTones[st[0]];
      badge.className = "badge status-" + st[0] + (typeof tone === "string" && /^[a-z]+$/.test(tone) ? " tone-" + tone : "");
      badge.textContent = statusLabel(st);
      info.appendChild(badge);
      info.appendChild(document.createTextNode(" "));
      var cat = document.createElement("span");
      cat.className = "finding-category";
      cat.textContent = meta.categories[rec[3]][1];
      info.appendChild(cat);
      li.appendChild(info);
      var snip = snippet(rec, termList);
      if (snip) {
        li.appendChild(snip);
      }
      return li;
    }

    /** Shows results [shown, shown + PAGE) of the current search. */
    /**
     * Shows results [shown, shown + PAGE) of the current search, each as soon as its record and
     * those of the results before it are loaded; the first page replaces the previous search's
     * list only when its first result is ready, so the list never flashes empty while typing.
     */
    function showMore(focus) {
      var search = current, my = generation, replace = search.shown === 0;
      var slice = Array.prototype.slice.call(search.order, search.shown, search.shown + PAGE);
      var recs = new Array(slice.length), next = 0, first = null;
      function flush() {
        if (my !== generation) {
          return;
        }
        while (next < slice.length && recs[next] !== undefined) {
          if (replace) {
            clearResults();
            replace = false;
          }
          var li = resultItem(search.meta, recs[next], search.terms);
          first = first || li;
          list.appendChild(li);
          next++;
        }
      }
      return Promise.all(slice.map(function (doc, i) {
        return record(search.meta, doc).then(function (rec) {
          recs[i] = rec;
          flush();
        });
      })).then(function () {
        if (my !== generation) {
          return;
        }
        if (replace) {
          clearResults();
        }
        search.shown += slice.length;
        more.hidden = search.shown >= search.order.length;
        if (focus && first) {
          first.querySelector("a").focus();
        }
      });
    }

    function run() {
      var my = ++generation;
      clearTimeout(timer);
      if (clear) {
        clear.hidden = !(state.status || state.category || state.inspection);
      }
      var termList = terms(state.q);
      // a slow link: say that the search is under way
      var slow = setTimeout(function () {
        if (my === generation && termList.length) {
          say(text.searching);
        }
      }, 400);
      metaPromise.then(function (meta) {
        if (my !== generation) {
          return null;
        }
        if (!termList.length) {
          clearResults();
          fillSelect("status", meta.statuses, null);
          fillSelect("category", meta.categories, null);
          fillSelect("inspection", meta.inspections, null);
          say("");
          list.setAttribute("aria-busy", "false");
          return null;
        }
        list.setAttribute("aria-busy", "true");
        return find(meta, termList).then(function (found) {
          if (my !== generation) {
            return null;
          }
          var cats = categoriesOf(meta, found.docs);
          var statusIndex = meta.statuses.findIndex(function (s) { return s[0] === state.status; });
          var categoryIndex = meta.categories.findIndex(function (c) { return c[0] === state.category; });
          var inspectionIndex = meta.inspections.findIndex(function (x) { return x[0] === state.inspection; });
          var byStatus = new Array(meta.statuses.length).fill(0);
          var byCategory = new Array(meta.categories.length).fill(0);
          var byInspection = new Array(meta.inspections.length).fill(0);
          var kept = [];
          for (var i = 0; i < found.docs.length; i++) {
            var st = found.statuses[i], ca = cats[i], ins = meta.categories[ca][3];
            var okS = !state.status || st === statusIndex;
            var okC = !state.category || ca === categoryIndex;
            var okI = !state.inspection || ins === inspectionIndex;
            if (okC && okI) {
              byStatus[st]++;
            }
            if (okS && okI) {
              byCategory[ca]++;
            }
            if (okS && okC) {
              byInspection[ins]++;
            }
            if (okS && okC && okI) {
              kept.push(i);
            }
          }
          // title matches first (the more terms in the title the earlier), then reading order
          // (a stable partition: kept is in reading order already)
          var most = 0;
          for (var m = 0; m < kept.length; m++) {
            most = Math.max(most, found.titles[kept[m]]);
          }
          if (most > 0) {
            var ranked = [];
            for (var level = most; level >= 0; level--) {
              for (var q = 0; q < kept.length; q++) {
                if (found.titles[kept[q]] === level) {
                  ranked.push(kept[q]);
                }
              }
            }
            kept = ranked;
          }
          current = {
            meta: meta,
            terms: termList,
            order: Int32Array.from(kept, function (k) { return found.docs[k]; }),
            shown: 0
          };
          lastResults = current.order;
          // ask for the records first, then fill the filters while they load
          var shown = showMore(false);
          fillSelect("status", meta.statuses, byStatus);
          fillSelect("category", meta.categories, byCategory);
          fillSelect("inspection", meta.inspections, byInspection);
          return shown.then(function () {
            if (my !== generation) {
              return;
            }
            list.setAttribute("aria-busy", "false");
            clearTimeout(slow);
            var n = current.order.length;
            if (n === 0) {
              say(format(text.noResults, { q: state.q.trim() }));
              showBrowse(meta);
            } else {
              say(format(n === 1 && text.resultsCountOne ? text.resultsCountOne : text.resultsCount, { n: n }));
            }
          });
        });
      }).catch(function () {
        clearTimeout(slow);
        if (my === generation) {
          list.setAttribute("aria-busy", "false");
          say(text.loadError);
        }
      });
    }

    metaPromise.then(function (meta) {
      if (filters) {
        makeSelect(meta, "status", text.filterStatus);
        makeSelect(meta, "category", text.filterCategory);
        if (meta.inspections.length > 1) {
          makeSelect(meta, "inspection", text.filterInspection);
        }
        clear = document.createElement("button");
        clear.type = "button";
        clear.className = "search-clear";
        clear.textContent = text.clearFilters;
        clear.hidden = true;
        clear.addEventListener("click", function () {
          state.status = state.category = state.inspection = "";
          remember(true);
          run();
          input.focus();
        });
        filters.appendChild(clear);
      }
      readUrl();
      run();
      // compile the folding's regular expression now rather than on the first query
      terms("A\u4e00\uff21");
    }).catch(function () {
      say(text.loadError);
    });

    function typed(event) {
      // while an input method composes (pinyin letters in the box), wait for the characters
      if (event.isComposing) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        state.q = input.value;
        remember(false);
        run();
      }, DEBOUNCE_MS);
    }
    input.addEventListener("input", typed);
    input.addEventListener("compositionend", typed);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      state.q = input.value;
      remember(true);
      run();
    });
    var loadingMore = false;
    more.addEventListener("click", function () {
      if (loadingMore || !current) {
        return;
      }
      loadingMore = true;
      var done = function () {
        loadingMore = false;
      };
      showMore(true).then(done, done);
    });
    window.addEventListener("popstate", function () {
      settled = true;
      readUrl();
      run();
    });
  }

  /*
   * The global the index parts call. fold, terms and results are for tests and measurements:
   * results() gives the reading-order positions of every result of the search shown, in order.
   */
  window.__sitegenSearch = {
    add: add,
    fold: foldString,
    terms: function (q) {
      return terms(q).map(function (t) { return String.fromCodePoint.apply(null, t); });
    },
    results: function () {
      return lastResults ? Array.from(lastResults) : null;
    }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
