// Starts the explainer. Loaded as a small classic script in <head>, before the page paints, so that
// `data-js` is set before the pre-rendered sections are first drawn (no layout shift when the app
// takes over). Without scripts, without WebAssembly, if the app fails to load, or if it fails later
// (a panic is a wasm trap under `panic = "abort"`), `data-js` says so and the styles keep every
// section's text open and readable.
(function () {
  var root = document.documentElement;
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    root.setAttribute("data-js", "failed");
    return;
  }
  root.setAttribute("data-js", "on");
  // The app's files sit next to this script, wherever the site is hosted.
  var here = (document.currentScript && document.currentScript.src) || location.href;
  var js = new URL("__APP_JS__", here).href;
  var fail = function (error) {
    if (root.getAttribute("data-js") === "failed") return;
    root.setAttribute("data-js", "failed");
    if (window.console) console.warn("The interactive explainer stopped; the text stays readable.", error);
  };
  // An uncaught error is the app's if it is a wasm trap or passed through the app's code.
  var ours = function (error) {
    return !!error && (error instanceof WebAssembly.RuntimeError || String(error.stack).indexOf(js) >= 0);
  };
  addEventListener("error", function (event) {
    if (ours(event.error)) fail(event.error);
  });
  addEventListener("unhandledrejection", function (event) {
    if (ours(event.reason)) fail(event.reason);
  });
  // The app hydrates the whole pre-rendered page as soon as it starts, so it must not start before the
  // parser has read all of it: on a slow or busy machine the wasm can be ready first, and hydrating
  // half a page panics. The app's JS (small) is fetched at once; the wasm is fetched by the start, once
  // the page is parsed, so that it does not compete with the page's text and styles (the pre-renderer
  // leaves out Trunk's preload of it).
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== "loading") resolve();
    else document.addEventListener("DOMContentLoaded", resolve);
  });
  try {
    Promise.all([import(js), parsed])
      .then(function (loaded) { return loaded[0].default({ module_or_path: new URL("__APP_WASM__", here).href }); })
      .catch(fail);
  } catch (error) {
    fail(error);
  }
})();
