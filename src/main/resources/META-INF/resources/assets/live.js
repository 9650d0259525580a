// Live regions of the console (no inline script: the CSP allows scripts from 'self' only).
// An element with data-live-src="/console/...fragment" and data-live-every="5" has its content fetched again every
// 5 seconds and replaced in place: never a page reload. Regions are refreshed only while the tab is visible, and
// never a region holding a form (what an operator types or focuses must not be replaced under them). A 401 or 403
// means the session ended: refreshing stops and a note asks for a reload.
(function () {
  'use strict';

  var SIGNED_OUT = {
    ja: 'サインインの有効期限が切れました。ページを再読み込みしてください。',
    en: 'You are signed out. Reload the page to sign in again.'
  };

  function signedOutNote(region) {
    if (region.querySelector('.live-signed-out')) {
      return;
    }
    var lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
    var note = document.createElement('p');
    note.className = 'live-signed-out refused';
    note.setAttribute('role', 'alert');
    note.textContent = SIGNED_OUT[lang];
    region.insertBefore(note, region.firstChild);
  }

  function watch(region) {
    var src = region.getAttribute('data-live-src');
    var every = parseInt(region.getAttribute('data-live-every'), 10);
    if (!src || !(every > 0)) {
      return;
    }
    var stopped = false;
    var busy = false;
    var last = null;

    function refresh() {
      if (stopped || busy || document.hidden || region.querySelector('form')) {
        return;
      }
      busy = true;
      fetch(src, { credentials: 'same-origin', headers: { 'Accept': 'text/html' }, redirect: 'manual' })
        .then(function (response) {
          if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
            stopped = true;
            signedOutNote(region);
            return null;
          }
          return response.ok || response.status === 400 ? response.text() : null;
        })
        .then(function (html) {
          // Unchanged: leave the region alone, so its aria-live status is not announced again every turn.
          if (html !== null && html !== undefined && html !== last && !stopped
              && !region.contains(document.activeElement)) {
            last = html;
            region.innerHTML = html;
            region.dispatchEvent(new CustomEvent('live:refreshed', { bubbles: true }));
          }
        })
        .catch(function () {
          // Offline for a moment: the next turn tries again.
        })
        .then(function () {
          busy = false;
        });
    }

    var timer = setInterval(refresh, every * 1000);
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden && !stopped) {
        refresh();
      }
    });
    region.addEventListener('live:stop', function () {
      stopped = true;
      clearInterval(timer);
    });
  }

  function start() {
    var regions = document.querySelectorAll('[data-live-src]');
    for (var i = 0; i < regions.length; i++) {
      watch(regions[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
