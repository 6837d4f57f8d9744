// Boot watch (issue 18, D10): a classic script, loaded before the game's module bundle, that tells
// the player at once when the bundle cannot load (a missing or broken file) and offers Reload.
// The failure text is created only then: it is not in the page from the start. If the game has
// not started after SLOW_MS it says so too. Plain ES5-level code with no imports, so it runs even
// when everything else is missing; main.ts replaces the boot screen as soon as the game starts.
(function () {
  'use strict';
  var SLOW_MS = 15000;
  var KIOSK_RETRY_MS = 15000;
  var shown = false;

  function started() {
    var app = document.getElementById('app');
    return !app || app.getAttribute('data-screen') !== 'boot';
  }

  function show(kind) {
    if (shown || started()) return;
    shown = true;
    var screen = document.querySelector('#app .boot-screen') || document.body;
    var loading = screen.querySelector('.boot-loading');
    if (loading) loading.hidden = true;
    var message = document.createElement('p');
    message.className = 'boot-failed';
    message.setAttribute('role', 'alert');
    message.textContent = kind === 'failed'
      ? 'The game could not load: a file it needs is missing or damaged. Check the connection, then reload the page.'
      : 'The game is taking a long time to open. If nothing happens, check the connection and reload the page.';
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'primary boot-reload';
    reload.textContent = 'Reload';
    reload.addEventListener('click', function () { window.location.reload(); });
    screen.appendChild(message);
    screen.appendChild(reload);
    reload.focus();
    // An unattended kiosk tries again by itself.
    if (document.documentElement.getAttribute('data-mode') === 'kiosk') {
      setTimeout(function () { if (!started()) window.location.reload(); }, KIOSK_RETRY_MS);
    }
  }

  // A script or module that fails to load fires `error` on its element; it does not bubble, so
  // listen in the capture phase. An exception while the bundle starts is an ErrorEvent on window.
  window.addEventListener('error', function (event) {
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'SCRIPT' || (tag === 'LINK' && target.rel === 'modulepreload')) show('failed');
    else if (target === window || !tag) show('failed');
  }, true);
  setTimeout(function () { show('slow'); }, SLOW_MS);
}());
