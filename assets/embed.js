/*! News explainer embed loader (README, "Embed it"). */
/* News explainer embed loader: sizes each <iframe data-news-explainer> to its content, and tells it
 * the article's address, so that a link copied in the explainer is the article's own.
 *
 * Add it once to a page that embeds the explainer:
 *   <iframe data-news-explainer src="https://…/embed/" title="…" allow="clipboard-write"
 *           width="100%" height="900"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * Messages, each used only if it came from one of our iframes' own window (event.source) and has
 * exactly its shape:
 *   { type: "news-explainer:height", height: <number> }  the frame's height in CSS pixels
 *   { type: "news-explainer:scroll", top: <number> }     bring this point of the frame into view
 *   { type: "news-explainer:hello" }                     answered with the article's address:
 *   { type: "news-explainer:host", url: location.href }  (also sent when the fragment changes)
 * and it tells each frame the address when it starts, in case the embed started first (an embed
 * answers a `host` message with its height).
 * An address `…#news-explainer=<section-id>` opens that section in the embed. Numbers only ever
 * become a CSS height or a scroll position; nothing in a message is navigated to, evaluated or
 * inserted as HTML. */
(function () {
  "use strict";
  if (window.__newsExplainerLoader) return;
  window.__newsExplainerLoader = true;

  var PREFIX = "news-explainer:";
  var MAX = 100000;

  // The message's kind ("height", "scroll", "hello"), if it has exactly the keys `type` and `key`
  // (or only `type`), with `key` a number from 0 to MAX.
  function kind(data) {
    if (!data || typeof data !== "object" || Array.isArray(data) || typeof data.type !== "string") return null;
    var name = data.type.slice(PREFIX.length), keys = Object.keys(data);
    if (data.type !== PREFIX + name) return null;
    if (name === "hello") return keys.length === 1 ? name : null;
    var key = { height: "height", scroll: "top" }[name], value = data[key];
    return key && keys.length === 2 && typeof value === "number" && value >= 0 && value <= MAX ? name : null;
  }

  function frames() {
    return document.querySelectorAll("iframe[data-news-explainer]");
  }

  // The article's address, to the frame's document only (any, for a sandboxed frame's opaque origin).
  function tell(frame) {
    if (frame.contentWindow && frame.__newsExplainerOrigin) {
      frame.contentWindow.postMessage({ type: PREFIX + "host", url: location.href }, frame.__newsExplainerOrigin);
    }
  }

  window.addEventListener("message", function (event) {
    var name = kind(event.data), all = frames();
    if (!name) return;
    for (var i = 0; i < all.length; i++) {
      var frame = all[i];
      if (frame.contentWindow !== event.source) continue;
      if (name === "height") frame.style.height = Math.ceil(event.data.height) + "px";
      if (name === "scroll") window.scrollTo(0, frame.getBoundingClientRect().top + window.pageYOffset + event.data.top);
      if (name === "hello") {
        frame.__newsExplainerOrigin = event.origin === "null" ? "*" : event.origin;
        tell(frame);
      }
      return;
    }
  });

  window.addEventListener("hashchange", function () {
    var all = frames();
    for (var i = 0; i < all.length; i++) tell(all[i]);
  });

  // An embed that started before this script ran said hello to nobody: tell it now, at the origin
  // of its src (a sandboxed frame, whose origin is opaque, hears it when it says hello).
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    try {
      all[i].__newsExplainerOrigin = new URL(all[i].src, location.href).origin;
      tell(all[i]);
    } catch (e) {}
  }
})();
