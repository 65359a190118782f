/*
 * site-gen search: folding text and splitting a query into terms, exactly as
 * org.sitegen.internal.search.Folding does for the index (the shared test vectors are in
 * core/src/test/resources/org/sitegen/internal/search/fold-vectors.txt).
 *
 * Text is folded code point by code point: NFKC, then lower case. A query's terms are its runs of
 * letters, marks and numbers.
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch;

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

  S.folding = { fold: fold, terms: terms };

  // for tests and measurements: the folded string, and the terms as strings
  S.fold = foldString;
  S.terms = function (q) {
    return terms(q).map(function (t) { return String.fromCodePoint.apply(null, t); });
  };
})();
