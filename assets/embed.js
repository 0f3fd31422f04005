/* News explainer embed loader: sizes each <iframe data-news-explainer> to its content.
 *
 * Add it once to a page that embeds the explainer:
 *   <iframe data-news-explainer src="https://…/embed/" title="…" width="100%" height="600"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The explainer posts { type: "news-explainer:height", height: <number> } whenever its height
 * changes. A message is used only if it came from one of our iframes' own window (event.source) and
 * has exactly that shape; its height only ever becomes a CSS pixel height. Nothing in a message is
 * navigated to, evaluated or inserted as HTML. */
(function () {
  "use strict";
  if (window.__newsExplainerLoader) return;
  window.__newsExplainerLoader = true;

  var TYPE = "news-explainer:height";
  var MAX_HEIGHT = 100000;

  function valid(data) {
    if (!data || typeof data !== "object" || Array.isArray(data)) return false;
    var keys = Object.keys(data);
    if (keys.length !== 2 || keys.indexOf("type") < 0 || keys.indexOf("height") < 0) return false;
    return data.type === TYPE && typeof data.height === "number" && isFinite(data.height) &&
      data.height >= 0 && data.height <= MAX_HEIGHT;
  }

  window.addEventListener("message", function (event) {
    if (!valid(event.data)) return;
    var frames = document.querySelectorAll("iframe[data-news-explainer]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(event.data.height) + "px";
        return;
      }
    }
  });
})();
