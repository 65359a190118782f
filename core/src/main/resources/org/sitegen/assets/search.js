/*
 * site-gen search: the page. Wires the other scripts (search-index.js lists them) to search.html's
 * form, filters, live region and result list: runs a search as the reader types (debounced,
 * waiting out an input method's composition), submits or changes a filter, shows the results 20
 * at a time, and keeps the search in the URL and the history.
 *
 * search.html gives the elements (ids search-form, search-q, search-filters, search-status,
 * search-results) and the interface strings (data- attributes of #search-app).
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch;
  if (!S || !S.state) {
    loadTheOthersFirst();
    return;
  }
  var render = S.render;

  var PAGE = 20;
  var DEBOUNCE_MS = 120;

  var lastResults = null;

  function start() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-q");
    var filters = document.getElementById("search-filters");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    if (!form || !input || !status || !list) {
      return;
    }
    var text = render.strings(form, document.getElementById("search-app"));
    var metaPromise = S.index.part("meta");
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

    var menus = S.state.menus(filters, text);
    var entries = S.state.entries();
    var state = { q: "", status: "", category: "", inspection: "" };
    var generation = 0;
    var current = null;
    var timer = 0;

    function readUrl() {
      state = S.state.read();
      input.value = state.q;
      menus.show(state);
    }

    function remember(settle) {
      entries.remember(state, settle);
    }

    function fillSelect(key, items, counts) {
      menus.fill(key, items, counts, state[key]);
    }

    function say(message) {
      status.textContent = message;
    }

    function clearResults() {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      more.hidden = true;
      browse.hidden = true;
    }

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
          var li = render.resultItem(text, search.meta, recs[next], search.terms);
          first = first || li;
          list.appendChild(li);
          next++;
        }
      }
      return Promise.all(slice.map(function (doc, i) {
        return S.query.record(search.meta, doc).then(function (rec) {
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
      var termList = S.folding.terms(state.q);
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
        return S.query.find(meta, termList).then(function (found) {
          if (my !== generation) {
            return null;
          }
          var narrowed = S.query.narrow(meta, found, state);
          current = {
            meta: meta,
            terms: termList,
            order: narrowed.order,
            shown: 0
          };
          lastResults = current.order;
          // ask for the records first, then fill the filters while they load
          var shown = showMore(false);
          fillSelect("status", meta.statuses, narrowed.byStatus);
          fillSelect("category", meta.categories, narrowed.byCategory);
          fillSelect("inspection", meta.inspections, narrowed.byInspection);
          return shown.then(function () {
            if (my !== generation) {
              return;
            }
            list.setAttribute("aria-busy", "false");
            clearTimeout(slow);
            var n = current.order.length;
            if (n === 0) {
              say(render.format(text.noResults, { q: state.q.trim() }));
              render.showBrowse(browse, text, meta);
            } else {
              say(render.format(n === 1 && text.resultsCountOne ? text.resultsCountOne : text.resultsCount, { n: n }));
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

    /** What a filter's menu does when the reader chooses a value. */
    function filtered(key) {
      return function (value) {
        state[key] = value;
        remember(true);
        run();
      };
    }

    metaPromise.then(function (meta) {
      if (filters) {
        menus.add("status", text.filterStatus, filtered("status"));
        menus.add("category", text.filterCategory, filtered("category"));
        if (meta.inspections.length > 1) {
          menus.add("inspection", text.filterInspection, filtered("inspection"));
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
      S.folding.terms("A\u4e00\uff21");
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
      entries.restored();
      readUrl();
      run();
    });
  }

  /** For tests and measurements: the reading-order positions of the search shown's results, in order. */
  S.results = function () {
    return lastResults ? Array.from(lastResults) : null;
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }

  /*
   * A search.mustache of a site's own written for the first release loads search.js alone. Then
   * this loads the other six scripts from where it was loaded itself, with the same version, in
   * order, and itself again after them. Once only: if one of them does not load, the search stays
   * off rather than looping.
   */
  function loadTheOthersFirst() {
    var me = document.currentScript;
    if (!me || window.__sitegenSearchLoading) {
      return;
    }
    window.__sitegenSearchLoading = true;
    var at = /^(.*\/)search\.js(\?[^#]*)?/.exec(me.src);
    if (!at) {
      return;
    }
    ["search-index.js", "search-codec.js", "search-fold.js", "search-query.js", "search-render.js",
      "search-state.js", "search.js"].forEach(function (name) {
      var s = document.createElement("script");
      s.src = at[1] + name + (at[2] || "");
      s.async = false;
      document.head.appendChild(s);
    });
  }
})();
