// site-gen preview only: reloads this page when the preview has a newer state of the site.
// Never part of a built site. Served as /_site-gen/live.js?g=<the generation this page shows>.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = Number(new URL(script.src).searchParams.get('g'));
  var events = new EventSource('/_site-gen/events');
  events.addEventListener('generation', function (e) {
    if (Number(e.data) !== shown) {
      events.close();
      location.reload();
    }
  });
})();
