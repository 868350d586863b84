/* global document, location, requestAnimationFrame */
// Runs before the first paint (a blocking classic script, not an inline one, so the content
// security policy can forbid inline scripts). The build minifies it (scripts/prerender-plugin.ts).
//
// 1. Applies the saved colour theme. Mirrors src/features/shell/theme.ts.
// 2. Hides the setup page that index.html holds (scripts/prerender-plugin.ts) wherever the app
//    would not show that very page: it is a first visit's setup page, so any other path, a link
//    with settings, or anything this browser saved (a remembered setup, a dismissed guide, an open
//    session, a theme) means the app's own first render is awaited instead.
(function () {
  var root = document.documentElement;
  var prerenderMatches = location.pathname === "/" && location.search === "";
  try {
    var saved = localStorage.getItem("rehearse.theme");
    if (saved === "light" || saved === "dark") root.dataset.theme = saved;
    for (var i = 0; i < localStorage.length; i += 1) {
      if (String(localStorage.key(i)).indexOf("rehearse.") === 0) prerenderMatches = false;
    }
  } catch {
    // Storage blocked: follow the system theme; nothing saved can differ from a first visit.
  }
  if (!prerenderMatches) root.classList.add("prerender-stale");

  // 3. Starts the app (the built index.html names its entry and the chunks to preload here; the dev
  //    server's index.html loads the entry itself). With the prerendered setup page showing, the
  //    app's code is fetched once that page has painted, so the first paint does not share a slow
  //    connection with 110 KiB of JavaScript; without it there is nothing to paint first.
  var boot = document.currentScript;
  var entry = boot && boot.getAttribute("data-entry");
  if (entry) {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      var preload = (boot.getAttribute("data-preload") || "").split(" ");
      for (var j = 0; j < preload.length; j += 1) {
        if (!preload[j]) continue;
        var link = document.createElement("link");
        link.rel = "modulepreload";
        link.crossOrigin = "";
        link.href = preload[j];
        document.head.appendChild(link);
      }
      var script = document.createElement("script");
      script.type = "module";
      script.crossOrigin = "";
      script.src = entry;
      document.head.appendChild(script);
    };
    if (prerenderMatches) {
      // After the next frame has been painted; a tab opened in the background paints nothing, so
      // the app starts then too rather than when the tab is first shown.
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
      setTimeout(start, 100);
    } else {
      start();
    }
  }
})();
