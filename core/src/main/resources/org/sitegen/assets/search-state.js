/*
 * site-gen search: the search in the page's URL, the history entries, and the filter menus.
 *
 * The URL carries q, status, category and inspection, so that a search can be shared and the back
 * button returns to the previous one. The filter menus offer each status, category and inspection
 * with its number of matches.
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch;

  /** The search in the page's URL: {q, status, category, inspection}, "" for what it lacks. */
  function read() {
    var params = new URLSearchParams(location.search);
    return {
      q: params.get("q") || "",
      status: params.get("status") || "",
      category: params.get("category") || "",
      inspection: params.get("inspection") || ""
    };
  }

  /** The URL of a search, relative to the page. */
  function url(state) {
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
  function entries() {
    var settled = !!location.search;

    /** Puts a search in the URL; settle: whether the reader settled on it (submit, filter). */
    function remember(state, settle) {
      var target = url(state);
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

    /** The reader went back or forward to an entry: it is a settled one. */
    function restored() {
      settled = true;
    }

    return { remember: remember, restored: restored };
  }

  function addOption(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
    return o;
  }

  /** The filter menus, added to the element filters, their "all" option and labels from text. */
  function menus(filters, text) {
    var selects = {};

    /** Adds the menu of a filter; onChange gets the value chosen. */
    function add(key, label, onChange) {
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
        onChange(s.value);
      });
      selects[key] = s;
      return s;
    }

    /**
     * Fills a filter's menu with items ([code, label, ...]), each with its count if counts are
     * given (then only those with matches), and selects the value selected.
     */
    function fill(key, items, counts, selected) {
      var s = selects[key];
      if (!s) {
        return;
      }
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
          var label = key === "status" ? S.render.statusLabel(text, item) : item[1];
          addOption(s, item[0], counts ? label + " (" + counts[i] + ")" : label);
        }
      });
      s.value = selected;
      if (s.value !== selected) {
        addOption(s, selected, selected);
        s.value = selected;
      }
    }

    /** Selects a search's filters in the menus, adding an option for a value they lack. */
    function show(state) {
      Object.keys(selects).forEach(function (k) {
        selects[k].value = state[k];
        if (selects[k].value !== state[k]) {
          addOption(selects[k], state[k], state[k]);
          selects[k].value = state[k];
        }
      });
    }

    return { add: add, fill: fill, show: show };
  }

  S.state = { read: read, entries: entries, menus: menus };
})();
