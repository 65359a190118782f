/*
 * site-gen search: the findings that match a query, filtered and ranked, from the index.
 *
 * A finding matches when every term of the query is a substring of one of its fields. Terms of one
 * to three characters are looked up directly; longer ones through trigrams whose positions are
 * checked, so every result really contains what was typed, and the filter counts agree with the
 * list. Title matches come first (the more terms in the title the earlier), then reading order.
 */
(function () {
  "use strict";

  var S = window.__sitegenSearch;
  var part = S.index.part;
  var varints = S.codec.varints, docs = S.codec.docs, unpack = S.codec.unpack, hash = S.codec.hash;

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

  /** A finding's record: [number, title, status, category, id, measures, units, documents]. */
  function record(meta, doc) {
    var chunk = Math.floor(doc / meta.chunk);
    return part("d/" + chunk).then(function (records) {
      return records[doc - chunk * meta.chunk];
    });
  }

  /**
   * The matches found that pass the filters (codes; "" for any), and per filter the number of
   * matches of each of its values among those that pass the other filters: {order (the docs, ranked),
   * byStatus, byCategory, byInspection}.
   */
  function narrow(meta, found, filters) {
    var cats = categoriesOf(meta, found.docs);
    var statusIndex = meta.statuses.findIndex(function (s) { return s[0] === filters.status; });
    var categoryIndex = meta.categories.findIndex(function (c) { return c[0] === filters.category; });
    var inspectionIndex = meta.inspections.findIndex(function (x) { return x[0] === filters.inspection; });
    var byStatus = new Array(meta.statuses.length).fill(0);
    var byCategory = new Array(meta.categories.length).fill(0);
    var byInspection = new Array(meta.inspections.length).fill(0);
    var kept = [];
    for (var i = 0; i < found.docs.length; i++) {
      var st = found.statuses[i], ca = cats[i], ins = meta.categories[ca][3];
      var okS = !filters.status || st === statusIndex;
      var okC = !filters.category || ca === categoryIndex;
      var okI = !filters.inspection || ins === inspectionIndex;
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
    return {
      order: Int32Array.from(kept, function (k) { return found.docs[k]; }),
      byStatus: byStatus,
      byCategory: byCategory,
      byInspection: byInspection
    };
  }

  S.query = { find: find, narrow: narrow, record: record };
})();
