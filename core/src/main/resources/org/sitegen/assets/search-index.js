/*
 * site-gen search: the namespace its scripts share, and loading the index.
 *
 * search.html runs the search in the browser, from the index the build writes under
 * assets/search/ (see org.sitegen.internal.search.SearchIndexWriter for its layout). The script is
 * split into classic scripts, which search.html loads in this order, each with defer and with the
 * index's version in its address (?v=<version>):
 *
 *   search-index.js   this file: the namespace, loading index parts
 *   search-codec.js   decoding the index's integers, as IntCodec.java encodes them
 *   search-fold.js    folding text and splitting a query into terms, as Folding.java does
 *   search-query.js   the findings that match a query, filtered and ranked
 *   search-render.js  interface strings, the results with their snippets and highlighting
 *   search-state.js   the search in the URL, the filter menus, the history entries
 *   search.js         the page: wires the others to search.html's form, filters and list
 *
 * Classic scripts rather than modules, because modules do not load from file://. Each adds its
 * functions to the object window.__sitegenSearch under its own name (index, codec, folding, query,
 * render, state), which this file creates. The same object is what the index parts call, add(name,
 * value), and what tests and measurements use: fold(s), terms(q) and results().
 *
 * Index parts are script files that call window.__sitegenSearch.add(name, value); they are loaded
 * by adding <script src> elements, which works over http and from file:// (where fetch is refused),
 * needs no eval, and keeps to a Content-Security-Policy of default-src 'self'.
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch = {};

  var script = document.currentScript;
  var base = (script && script.src ? script.src.replace(/[?#].*$/, "").replace(/[^\/]*$/, "") : "assets/") + "search/";
  // search.html loads these scripts as search-*.js?v=<the index's version>; the parts are loaded with
  // the same query, so that a browser never mixes parts cached from an earlier build with this build's
  var version = script && script.src ? /[?&]v=([0-9a-f]+)/.exec(script.src.replace(/#.*$/, "")) : null;
  var suffix = version ? "?v=" + version[1] : "";

  var parts = Object.create(null);

  /** The value of an index part ("meta", "b/3", ...), loaded once: a promise. */
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

  /** What an index part's script calls with its value. */
  function add(name, value) {
    var p = parts[name];
    if (p && !p.done) {
      p.done = true;
      p.resolve(value);
    }
  }

  S.index = { part: part };
  S.add = add;
})();
