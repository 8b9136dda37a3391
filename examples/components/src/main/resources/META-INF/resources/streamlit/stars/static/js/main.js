// A minimal Streamlit (v1) component frontend, as a component built with streamlit-component-lib
// behaves on the wire: it says componentReady, draws on each streamlit:render from its args and theme,
// and reports setComponentValue and setFrameHeight. Weft's example and browser test use it to show
// that a Streamlit component's built frontend runs unchanged in Weft.
(function () {
  'use strict';
  var root = document.getElementById('root');
  var stars = 0;
  var last = null;

  function post(type, data) {
    var message = { isStreamlitMessage: true, type: type };
    for (var key in data) message[key] = data[key];
    window.parent.postMessage(message, '*');
  }

  function draw(render) {
    last = render;
    var args = render.args || {};
    var theme = render.theme || {};
    var max = Math.max(1, Math.min(10, Number(args.maxStars) || 5));
    document.body.style.setProperty('--primary', theme.primaryColor || '');
    document.body.style.setProperty('--font', theme.font || '');
    document.body.style.color = theme.textColor || '';
    document.body.style.background = theme.backgroundColor || '';
    document.documentElement.style.colorScheme = theme.base === 'dark' ? 'dark' : 'light';
    var row = document.createElement('div');
    row.className = 'stars';
    row.setAttribute('role', 'radiogroup');
    row.setAttribute('aria-label', String(args.label || 'Stars'));
    for (var i = 1; i <= max; i++) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = '\u2605';
      button.setAttribute('role', 'radio');
      button.setAttribute('aria-label', i + (i === 1 ? ' star' : ' stars'));
      button.setAttribute('aria-checked', String(i <= stars));
      button.disabled = render.disabled === true;
      button.addEventListener('click', (function (n) {
        return function () {
          stars = n;
          post('streamlit:setComponentValue', { value: n, dataType: 'json' });
          draw(last);
        };
      })(i));
      row.appendChild(button);
    }
    var text = document.createElement('span');
    text.textContent = String(args.label || '');
    row.appendChild(text);
    root.replaceChildren(row);
    post('streamlit:setFrameHeight', { height: document.body.scrollHeight });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data && data.type === 'streamlit:render') draw(data);
  });
  post('streamlit:componentReady', { apiVersion: 1 });
})();
