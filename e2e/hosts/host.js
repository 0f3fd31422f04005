// Points the host page's explainer iframe at the src given in this page's own query (?src=…), with
// optional sandbox and width, so one host page serves every test case.
(function () {
  var params = new URLSearchParams(location.search);
  var frame = document.getElementById('explainer');
  if (params.get('sandbox')) frame.setAttribute('sandbox', params.get('sandbox'));
  if (params.get('width')) frame.style.width = params.get('width') + 'px';
  // ?below=N: the embed N px down the article, where it usually sits, off the first screen.
  if (params.get('below')) document.getElementById('lede').style.marginBottom = params.get('below') + 'px';
  frame.src = params.get('src');
})();
