/*
 * site-gen search: what the reader sees of a search. The interface strings, each result marked up
 * as the finding lists of the other pages are, with a snippet around the first match and every
 * match in <mark>, and the links to the browse pages when nothing matches. Built with DOM calls
 * only: no innerHTML with record text.
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch;
  var fold = S.folding.fold;

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

  /** The interface strings of the page: the defaults of its language, then its data- attributes. */
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
    out.inspectionStatusLabels = json(out.inspectionStatusLabels);
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

  /** The template with each {name} replaced by values[name]. */
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  /** A status's label: the site's own (text.statusLabels) if it has one, else the index's. */
  function statusLabel(text, s) {
    return Object.prototype.hasOwnProperty.call(text.statusLabels, s[0]) ? String(text.statusLabels[s[0]]) : s[1];
  }

  function own(map, key) {
    return map && typeof map === "object" && Object.prototype.hasOwnProperty.call(map, key);
  }

  /**
   * A finding's status as its inspection names it (an audit's 已整改): the page's words for the
   * inspection (text.inspectionStatusLabels, by inspection id), else the index's (the third item
   * of the inspection's entry in meta), else the site's.
   */
  function findingStatusLabel(text, s, inspection) {
    if (inspection) {
      var page = own(text.inspectionStatusLabels, inspection[0]) ? text.inspectionStatusLabels[inspection[0]] : null;
      if (own(page, s[0])) {
        return String(page[s[0]]);
      }
      if (own(inspection[2], s[0])) {
        return String(inspection[2][s[0]]);
      }
    }
    return statusLabel(text, s);
  }

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

  /** A result, marked up as the finding lists of the other pages are (finding-item.mustache). */
  function resultItem(text, meta, rec, termList) {
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
    // the badge in the words of the finding's inspection; the status filter keeps the site's
    var category = meta.categories[rec[3]];
    badge.textContent = findingStatusLabel(text, st, category ? meta.inspections[category[3]] : null);
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


  /** Fills el with the suggestion to browse by category or status instead, and shows it. */
  function showBrowse(el, text, meta) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
    el.appendChild(document.createTextNode(text.browseHint + " "));
    var links = [["index.html#categories", text.browseAll]].concat(meta.statuses.map(function (s) {
      return ["status/" + encodeURIComponent(s[0]) + ".html", statusLabel(text, s)];
    }));
    links.forEach(function (l, i) {
      if (i > 0) {
        el.appendChild(document.createTextNode(" · "));
      }
      var a = document.createElement("a");
      a.href = l[0];
      a.textContent = l[1];
      el.appendChild(a);
    });
    el.hidden = false;
  }

  S.render = {
    strings: strings,
    format: format,
    statusLabel: statusLabel,
    findingStatusLabel: findingStatusLabel,
    resultItem: resultItem,
    showBrowse: showBrowse
  };
})();
