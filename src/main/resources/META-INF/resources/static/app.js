// Behaviour of the staff pages. No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  var csrf = document.querySelector('meta[name="csrf-token"]');

  // Every htmx request carries the page's CSRF token; the server refuses state changes without it.
  document.addEventListener('htmx:configRequest', function (event) {
    if (csrf && csrf.content) { event.detail.headers['X-CSRF-Token'] = csrf.content; }
  });

  // A refused action (409, 422, 403) shows its problem detail instead of doing nothing.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    var target = document.getElementById('action-result');
    if (!target) { return; }
    if ((xhr.getResponseHeader('Content-Type') || '').indexOf('text/html') === 0) {
      target.innerHTML = xhr.responseText;
    } else {
      var detail = 'The action was refused (' + xhr.status + ').';
      try { detail = JSON.parse(xhr.responseText).detail || detail; } catch (e) { /* not JSON */ }
      target.textContent = detail;
      target.className = 'alert';
    }
  });

  // ---- time: ages and countdowns to the service level, refreshed every second ----
  function span(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    if (seconds < 60) { return seconds + 's'; }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) { return minutes + 'm ' + (seconds % 60) + 's'; }
    var hours = Math.floor(minutes / 60);
    if (hours < 48) { return hours + 'h ' + (minutes % 60) + 'm'; }
    return Math.floor(hours / 24) + 'd';
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('time[data-due]').forEach(function (el) {
      var left = (Date.parse(el.getAttribute('data-due')) - now) / 1000;
      el.textContent = left >= 0 ? 'in ' + span(left) : 'overdue ' + span(-left);
      el.classList.toggle('breached', left < 0);
    });
    document.querySelectorAll('time[data-since]').forEach(function (el) {
      el.textContent = span((now - Date.parse(el.getAttribute('data-since'))) / 1000) + ' ago';
    });
  }
  // absolute times in the reader's own clock and words
  function localTimes() {
    document.querySelectorAll('time.local:not([data-done])').forEach(function (el) {
      var at = new Date(el.getAttribute('datetime'));
      if (!isNaN(at)) { el.textContent = at.toLocaleString(); el.setAttribute('data-done', ''); }
    });
    document.querySelectorAll('[data-age-seconds]:not([data-done])').forEach(function (el) {
      el.textContent = span(Number(el.getAttribute('data-age-seconds')));
      el.setAttribute('data-done', '');
    });
  }
  document.addEventListener('DOMContentLoaded', localTimes);
  document.addEventListener('htmx:afterSettle', localTimes);
  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
  document.addEventListener('htmx:afterSettle', tick);

  // ---- the queue: live refresh, emergency banner and sound, keyboard ----
  var queue = document.body && document.body.classList.contains('queue-page');
  var knownP1 = null;
  var selectedId = null;

  function rows() { return Array.prototype.slice.call(document.querySelectorAll('tr.item')); }
  function p1Ids() { return rows().filter(function (r) { return r.dataset.priority === 'P1'; }).map(function (r) { return r.dataset.itemId; }); }

  function select(row) {
    rows().forEach(function (r) { r.classList.remove('selected'); r.removeAttribute('aria-selected'); });
    if (!row) { return; }
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
    selectedId = row.dataset.itemId;
  }

  function beep() {
    var toggle = document.getElementById('sound-toggle');
    if (!toggle || !toggle.checked) { return; }
    try {
      var context = new (window.AudioContext || window.webkitAudioContext)();
      var tone = context.createOscillator();
      tone.frequency.value = 880;
      tone.connect(context.destination);
      tone.start();
      tone.stop(context.currentTime + 0.4);
    } catch (e) { /* no audio: the banner still shows */ }
  }

  function afterRows() {
    var ids = p1Ids();
    if (knownP1 !== null) {
      var fresh = ids.filter(function (id) { return knownP1.indexOf(id) < 0; });
      if (fresh.length > 0) {
        var banner = document.getElementById('p1-banner');
        banner.querySelector('.banner-text').textContent = fresh.length === 1
          ? 'An emergency just arrived: it is at the top of the queue.'
          : fresh.length + ' emergencies just arrived: they are at the top of the queue.';
        banner.hidden = false;
        beep();
      }
    }
    knownP1 = ids;
    // keep the user's place: the same item stays selected after a refresh
    if (selectedId) {
      var row = document.querySelector('tr.item[data-item-id="' + selectedId + '"]');
      if (row) { row.classList.add('selected'); row.setAttribute('aria-selected', 'true'); }
    }
  }

  if (queue) {
    document.addEventListener('DOMContentLoaded', function () {
      afterRows();
      var toggle = document.getElementById('sound-toggle');
      toggle.checked = localStorage.getItem('triage.sound') === 'on';
      toggle.addEventListener('change', function () { localStorage.setItem('triage.sound', toggle.checked ? 'on' : 'off'); });
      document.querySelector('[data-dismiss-banner]').addEventListener('click', function () {
        document.getElementById('p1-banner').hidden = true;
      });
      // live: any change to an item reloads the rows and the stats (ids only come over the wire)
      var source = new EventSource('/live');
      var pending = null;
      function changed() {
        if (pending) { return; }
        pending = setTimeout(function () { pending = null; htmx.trigger(document.body, 'queue-changed'); }, 150);
      }
      ['item.created', 'item.updated', 'item.claimed', 'item.released', 'item.closed'].forEach(function (type) {
        source.addEventListener(type, changed);
      });
      // a reconnect may have missed events: reload what is shown
      source.addEventListener('open', changed);
    });
    document.addEventListener('htmx:afterSettle', function (event) {
      if (event.target && event.target.id === 'rows') { afterRows(); }
    });
  }

  // ---- keyboard shortcuts ----
  function typing(event) {
    var t = event.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }
  function click(selector) {
    var el = document.querySelector(selector);
    if (el && !el.disabled) { el.click(); return true; }
    return false;
  }
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) { return; }
    var help = document.getElementById('shortcuts');
    if (event.key === '?') {
      if (help) { help.hidden = !help.hidden; }
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && help) { help.hidden = true; return; }
    if (queue) {
      var all = rows();
      var current = all.findIndex(function (r) { return r.classList.contains('selected'); });
      if (event.key === 'j') { select(all[Math.min(all.length - 1, current + 1)]); event.preventDefault(); }
      else if (event.key === 'k') { select(all[Math.max(0, current - 1)]); event.preventDefault(); }
      else if (event.key === 'Enter' && current >= 0) { window.location = '/items/' + all[current].dataset.itemId; }
      return;
    }
    if (event.key === 'c') { click('[data-copy]'); }
    else if (event.key === 's') { click('#mark-sent'); }
    else if (event.key === 'e') { click('#escalate'); }
  });

  // ---- the item page: copy a draft ----
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute('data-copy'));
    var text = source.value !== undefined ? source.value : source.textContent;
    var done = function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy'; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { source.select(); document.execCommand('copy'); done(); });
    } else {
      source.select();
      document.execCommand('copy');
      done();
    }
  });
})();
