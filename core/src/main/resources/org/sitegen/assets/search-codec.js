/*
 * site-gen search: decoding the integers of the index, as org.sitegen.internal.search.IntCodec
 * encodes them, and the hash that places a token in a bucket (SearchIndexWriter.java).
 *
 * Integers are written in a 64-character alphabet: a varint is five bits per character, least
 * significant first, a character of value 32 or more followed by another; a document list is the
 * first id and each gap minus one as varints or, after a "~", a bitmap of six ids per character;
 * statuses are packed as many to a character as fit in its six bits.
 */
(function () {
  "use strict";

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = new Int8Array(128).fill(-1);
  for (var a = 0; a < ALPHABET.length; a++) {
    VALUE[ALPHABET.charCodeAt(a)] = a;
  }

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

  /** Decodes a list of document ids (gaps or a bitmap): the ids, ascending. */
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

  /** Decodes count values of bits bits each, packed as many to a character as fit in 6 bits. */
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

  /** FNV-1a over the UTF-16 code units, as SearchIndexWriter.java computes it. */
  function hash(token) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  window.__sitegenSearch.codec = { varints: varints, docs: docs, unpack: unpack, hash: hash };
})();
