/*
 * site-gen: 关怀版, the reading options of every page: text size (standard, large, extra large),
 * high contrast, wider spacing and read aloud, with one switch, 关怀版, for all of them.
 *
 * Loaded in the head and not deferred: it applies the reader's stored choice to <html> before the
 * page is drawn, so the page never flashes in the other look. The controls (#care-bar in the
 * header) and the print buttons ([data-print]) are wired once the document is parsed; without
 * script they stay hidden and the page is as it is. No inline script, no eval: the site runs under
 * Content-Security-Policy: default-src 'self'. Nothing is loaded and nothing is sent anywhere.
 *
 * The choice is kept in localStorage under "sitegen-care" as
 * {"size": "standard" | "large" | "x-large", "contrast": true | false, "spacing": true | false}
 * and applied as <html data-care-size="large|x-large" class="care-contrast care-spacing">, which
 * site.css styles. Where storage is refused (private modes, some browsers from file://) the choice
 * holds for the page only.
 */
(function () {
  "use strict";

  var KEY = "sitegen-care";
  var SIZES = ["standard", "large", "x-large"];
  var root = document.documentElement;
  var state = read();
  apply(state);

  function defaults() {
    return { size: "standard", contrast: false, spacing: false };
  }

  function read() {
    var s = defaults();
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "null");
      if (stored && typeof stored === "object") {
        if (SIZES.indexOf(stored.size) >= 0) {
          s.size = stored.size;
        }
        s.contrast = stored.contrast === true;
        s.spacing = stored.spacing === true;
      }
    } catch (e) {
      // no storage, or something else under our key: the defaults
    }
    return s;
  }

  function save(s) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(s));
    } catch (e) {
      // storage refused: the choice holds for this page
    }
  }

  function setClass(el, name, on) {
    var names = (" " + el.className + " ").replace(" " + name + " ", " ");
    el.className = (on ? names + name : names).replace(/^\s+|\s+$/g, "").replace(/\s+/g, " ");
  }

  function apply(s) {
    if (s.size === "standard") {
      root.removeAttribute("data-care-size");
    } else {
      root.setAttribute("data-care-size", s.size);
    }
    setClass(root, "care-contrast", s.contrast);
    setClass(root, "care-spacing", s.spacing);
  }

  /** 关怀版 is on when every option is: a larger text, high contrast and wider spacing. */
  function isCare(s) {
    return s.size !== "standard" && s.contrast && s.spacing;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function wirePrint() {
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
      if (typeof window.print === "function") {
        buttons[i].hidden = false;
        buttons[i].addEventListener("click", function () {
          window.print();
        });
      }
    }
  }

  /**
   * Splits a text into pieces a speech engine reads without stopping halfway (Chrome cuts long
   * ones): at sentence and clause marks, joined again up to about 160 characters, the text itself
   * unchanged.
   */
  function sentences(text) {
    var parts = text.replace(/\s+/g, " ").match(/[^。！？；，、：.!?;,:]*[。！？；，、：.!?;,:]+|[^。！？；，、：.!?;,:]+$/g) || [];
    var chunks = [];
    var current = "";
    for (var i = 0; i < parts.length; i++) {
      if (current && (current + parts[i]).length > 160) {
        chunks.push(current);
        current = "";
      }
      current += parts[i];
    }
    chunks.push(current);
    var out = [];
    for (var j = 0; j < chunks.length; j++) {
      var chunk = chunks[j].replace(/^\s+|\s+$/g, "");
      if (chunk) {
        out.push(chunk);
      }
    }
    return out;
  }

  function init() {
    wirePrint();
    var bar = byId("care-bar");
    if (!bar) {
      return;
    }
    var on = bar.getAttribute("data-on") || "";
    var off = bar.getAttribute("data-off") || "";
    var care = byId("care-switch");
    var toggle = byId("care-toggle");
    var panel = byId("care-panel");
    var contrast = byId("care-contrast");
    var spacing = byId("care-spacing");
    var reset = byId("care-reset");
    var readAloud = byId("care-read");
    var status = byId("care-status");
    var radios = document.getElementsByName("care-size");
    var synth = window.speechSynthesis;
    var speaks = !!synth && typeof window.SpeechSynthesisUtterance === "function";
    var reading = false;

    function labelOf(el) {
      return el.textContent.replace(/^\s+|\s+$/g, "");
    }

    function announce(text) {
      status.textContent = "";
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }

    function render() {
      care.setAttribute("aria-pressed", String(isCare(state)));
      contrast.setAttribute("aria-pressed", String(state.contrast));
      spacing.setAttribute("aria-pressed", String(state.spacing));
      for (var i = 0; i < radios.length; i++) {
        radios[i].checked = radios[i].value === state.size;
      }
    }

    function change(next, announcement) {
      state = next;
      apply(state);
      save(state);
      render();
      announce(announcement);
    }

    function copy() {
      return { size: state.size, contrast: state.contrast, spacing: state.spacing };
    }

    care.addEventListener("click", function () {
      var next;
      if (isCare(state)) {
        next = defaults();
      } else {
        next = { size: state.size === "standard" ? "large" : state.size, contrast: true, spacing: true };
      }
      change(next, labelOf(care) + " " + (isCare(next) ? on : off));
    });

    toggle.addEventListener("click", function () {
      var open = panel.hidden;
      panel.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    });

    for (var i = 0; i < radios.length; i++) {
      radios[i].addEventListener("change", function (e) {
        var next = copy();
        next.size = e.target.value;
        var label = document.querySelector("label[for='" + e.target.id + "']");
        var legend = document.querySelector("#care-panel legend");
        change(next, (legend ? labelOf(legend) + " " : "") + (label ? labelOf(label) : next.size));
      });
    }

    contrast.addEventListener("click", function () {
      var next = copy();
      next.contrast = !state.contrast;
      change(next, labelOf(contrast) + " " + (next.contrast ? on : off));
    });

    spacing.addEventListener("click", function () {
      var next = copy();
      next.spacing = !state.spacing;
      change(next, labelOf(spacing) + " " + (next.spacing ? on : off));
    });

    reset.addEventListener("click", function () {
      change(defaults(), labelOf(reset));
    });

    function stopped() {
      reading = false;
      readAloud.textContent = bar.getAttribute("data-read");
      readAloud.setAttribute("aria-pressed", "false");
    }

    if (speaks) {
      readAloud.hidden = false;
      readAloud.addEventListener("click", function () {
        if (reading) {
          synth.cancel();
          stopped();
          return;
        }
        var selected = window.getSelection ? String(window.getSelection()) : "";
        var main = byId("main");
        var chunks = sentences(selected.replace(/\s+/g, "") ? selected : main ? main.innerText : "");
        if (!chunks.length) {
          return;
        }
        synth.cancel();
        reading = true;
        readAloud.textContent = bar.getAttribute("data-stop");
        readAloud.setAttribute("aria-pressed", "true");
        for (var i = 0; i < chunks.length; i++) {
          var u = new window.SpeechSynthesisUtterance(chunks[i]);
          u.lang = root.lang || "zh-CN";
          if (i === chunks.length - 1) {
            u.onend = stopped;
            u.onerror = stopped;
          }
          synth.speak(u);
        }
      });
      window.addEventListener("pagehide", function () {
        synth.cancel();
      });
    }

    // a choice made in another tab of the site applies here too
    window.addEventListener("storage", function (e) {
      if (e.key === KEY) {
        state = read();
        apply(state);
        render();
      }
    });

    render();
    bar.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
