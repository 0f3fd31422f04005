// Starts the explainer. Loaded as a small classic script in <head>, before the page paints, so that
// `data-js` is set before the pre-rendered sections are first drawn (no layout shift when the app
// takes over). Without scripts, without WebAssembly, or if the app fails to load, `data-js` says so
// and the styles keep every section's text open and readable.
(function () {
  var root = document.documentElement;
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    root.setAttribute("data-js", "failed");
    return;
  }
  root.setAttribute("data-js", "on");
  // The app's files sit next to this script, wherever the site is hosted.
  var here = (document.currentScript && document.currentScript.src) || location.href;
  var fail = function (error) {
    root.setAttribute("data-js", "failed");
    if (window.console) console.warn("The interactive explainer could not start; the text stays readable.", error);
  };
  // The app hydrates the whole pre-rendered page as soon as it starts, so it must not start before the
  // parser has read all of it: on a slow or busy machine the wasm can be ready first, and hydrating
  // half a page panics. The download starts at once; the start waits for DOMContentLoaded.
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== "loading") resolve();
    else document.addEventListener("DOMContentLoaded", resolve);
  });
  try {
    Promise.all([import(new URL("__APP_JS__", here).href), parsed])
      .then(function (loaded) { return loaded[0].default({ module_or_path: new URL("__APP_WASM__", here).href }); })
      .catch(fail);
  } catch (error) {
    fail(error);
  }
})();
