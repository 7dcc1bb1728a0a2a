/* Universo Platformo: the quiz of a space (questions, answers, points, timer, lead form) as an accessible overlay. */
window.UniversoQuiz = function (quiz, settings, spaceId, onAnswer) {
  'use strict';
  var panel = document.getElementById('universo-quiz');
  var index = 0, points = 0, timer = null;
  var showPoints = settings.showPoints === 'always' || (settings.showPoints !== 'never' && quiz.showPoints);
  function node(tag, text, parent) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    parent.appendChild(e);
    return e;
  }
  function clear() { while (panel.firstChild) { panel.removeChild(panel.firstChild); } }
  function question() {
    clear();
    if (index >= quiz.questions.length) { return finish(); }
    var q = quiz.questions[index];
    var meta = node('div', undefined, panel);
    meta.className = 'meta';
    node('span', 'Question ' + (index + 1) + ' / ' + quiz.questions.length, meta);
    if (showPoints) { node('span', 'Points: ' + points, meta); }
    var left = settings.timerSeconds;
    var clock = left > 0 ? node('span', left + ' s', meta) : null;
    node('h1', q.text, panel);
    q.answers.forEach(function (a) {
      var b = node('button', a.text, panel);
      b.type = 'button';
      b.addEventListener('click', function () { answer(q, a); });
    });
    if (clock) {
      timer = setInterval(function () {
        left -= 1;
        clock.textContent = left + ' s';
        if (left <= 0) { answer(q, null); }
      }, 1000);
    }
    var first = panel.querySelector('button');
    if (first) { first.focus(); }
  }
  function answer(q, a) {
    clearInterval(timer);
    if (a) { points += q.points + a.points; }
    if (onAnswer) { onAnswer(q, a); }
    index += 1;
    question();
  }
  function finish() {
    node('h1', 'Done!', panel);
    if (showPoints) { node('p', 'Your points: ' + points, panel); }
    var lead = quiz.lead;
    if (!lead.name && !lead.email && !lead.phone) { return; }
    var form = node('form', undefined, panel);
    [['name', 'Your name', 'text'], ['email', 'Your email', 'email'], ['phone', 'Your phone', 'tel']].forEach(function (f) {
      if (!lead[f[0]]) { return; }
      var label = node('label', f[1], form);
      var input = node('input', undefined, label);
      input.name = f[0];
      input.type = f[2];
      input.required = true;
    });
    var send = node('button', 'Send', form);
    send.type = 'submit';
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var data = { points: points };
      Array.prototype.forEach.call(form.elements, function (i) { if (i.name && i.value) { data[i.name] = i.value; } });
      clear();
      var status = node('h1', 'Sending…', panel);
      /* Published at /p/{slug}/: the platform keeps the lead for the creator; elsewhere (a preview) it stays here. */
      var app = /\/p\/([a-z0-9-]+)\//.exec(window.location.pathname);
      var api = window.UNIVERSO && window.UNIVERSO.apiUrl;
      function keep() {
        try { localStorage.setItem('universo-lead-' + spaceId, JSON.stringify(data)); } catch (ignored) { /* private mode */ }
        status.textContent = 'Thank you! (saved on this device)';
      }
      if (!app || !api || !window.fetch) { return keep(); }
      fetch(api + '/apps/' + app[1] + '/leads', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data) }).then(function (r) {
        if (r.ok) { status.textContent = 'Thank you!'; } else { keep(); }
      }, keep);
    });
  }
  panel.hidden = false;
  question();
};
