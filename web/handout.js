// The printable handout: reads the routine document that Unclench put in this page's fragment
// ("#h=" + base64url of UTF-8 JSON, see src/ui/screen_share.cpp) and lays it out with DOM text only
// (never HTML from the fragment), with the share link's QR code as SVG.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const MAX_FRAGMENT = 200000;   // a handout is a few kilobytes; anything far bigger is not ours

  function read() {
    const hash = location.hash;
    if (!hash.startsWith('#h=') || hash.length > MAX_FRAGMENT) return null;
    try {
      const b64 = hash.slice(3).replace(/-/g, '+').replace(/_/g, '/');
      const bin = atob(b64);
      const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      return doc && typeof doc.title === 'string' && Array.isArray(doc.steps) ? doc : null;
    } catch (e) { return null; }
  }

  const str = (v) => (typeof v === 'string' ? v : '');
  const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function setText(id, text) {
    $(id).textContent = text;
    $(id).hidden = !text;
  }

  function renderStep(step) {
    const li = el('li');
    li.append(el('h2', str(step.name)));
    if (str(step.dose)) li.append(el('p', step.dose, 'dose'));
    if (str(step.start)) li.append(el('p', step.start));
    const how = list(step.how);
    if (how.length) {
      const ol = el('ol', '', 'how');
      for (const line of how) ol.append(el('li', line));
      li.append(ol);
    }
    if (str(step.note)) li.append(el('p', step.note, 'note'));
    for (const c of list(step.cautions)) li.append(el('p', 'Careful: ' + c, 'caution'));
    return li;
  }

  // Rows of '0'/'1', one per module row: dark modules as one SVG path, with a 4-module quiet zone.
  function renderQr(rows) {
    rows = list(rows).filter((r) => /^[01]+$/.test(r));
    if (!rows.length) return;
    const n = rows.length, q = 4, ns = 'http://www.w3.org/2000/svg';
    let d = '';
    rows.forEach((row, y) => { for (let x = 0; x < row.length; x++) if (row[x] === '1') d += 'M' + (x + q) + ' ' + (y + q) + 'h1v1h-1z'; });
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + (n + 2 * q) + ' ' + (n + 2 * q));
    svg.setAttribute('shape-rendering', 'crispEdges');
    const bg = document.createElementNS(ns, 'rect');
    bg.setAttribute('width', '100%'); bg.setAttribute('height', '100%'); bg.setAttribute('fill', '#fff');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d); path.setAttribute('fill', '#101418');
    svg.append(bg, path);
    $('qr').append(svg);
  }

  const doc = read();
  if (!doc) { $('problem').hidden = false; return; }
  document.title = doc.title + ' — Unclench';
  setText('title', doc.title);
  setText('when', str(doc.when));
  setText('description', str(doc.description));
  setText('clinic', str(doc.clinic) ? 'Prescribed by ' + doc.clinic : '');
  setText('note', str(doc.note));
  for (const step of doc.steps) if (step && typeof step === 'object') $('steps').append(renderStep(step));
  setText('link', str(doc.link));
  renderQr(doc.qr);
  $('print').addEventListener('click', () => window.print());
  $('handout').hidden = false;
})();
