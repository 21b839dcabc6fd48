// Installable, offline app: registers the service worker (web/sw.js) and, when a new version has
// been downloaded, offers it with a small note: "New version ready — Reload". It never reloads by
// itself, and it waits while a session is playing so an exercise is never cut short.
// In a clinic's iframe the worker still registers, but the browser keeps it (and its cache) apart
// for each embedding site, like storage; see "For clinics: embedding" in README.md.
'use strict';
(function () {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;

  let reloading = false;

  // ---- The note ------------------------------------------------------------------------------------
  function sessionRunning() {
    try {
      const d = window.unclench && window.unclench.diagnostics();
      return !!d && d.screen === 'player';
    } catch (e) { return false; }
  }

  function styleToast(el) {   // CSSOM, not a style attribute: allowed by the CSP without unsafe-inline
    Object.assign(el.style, {
      position: 'fixed', left: '50%', bottom: 'calc(16px + env(safe-area-inset-bottom))', transform: 'translateX(-50%)',
      display: 'flex', alignItems: 'center', gap: '12px', padding: '10px 10px 10px 18px', borderRadius: '14px',
      background: '#1F2429', color: '#F6F4F0', font: '16px/1.3 Inter, system-ui, sans-serif', zIndex: '10',
      boxShadow: '0 4px 18px rgba(0,0,0,0.25)', maxWidth: 'calc(100vw - 32px)', boxSizing: 'border-box',
    });
  }

  function styleButton(el) {
    Object.assign(el.style, {
      minHeight: '48px', minWidth: '96px', padding: '0 18px', border: '0', borderRadius: '12px',
      background: '#5ED0C5', color: '#0B1F1E', font: 'bold 16px Inter, system-ui, sans-serif', cursor: 'pointer',
    });
  }

  function showToast(worker) {
    if (document.getElementById('update-toast')) return;
    const toast = document.createElement('div');
    toast.id = 'update-toast';
    toast.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'New version ready';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      worker.postMessage({ type: 'unclench:activate-update' });
    });
    styleToast(toast);
    styleButton(button);
    toast.append(text, button);
    document.body.appendChild(toast);
  }

  // Offers the update now, or as soon as no session is playing (checked every few seconds).
  function offer(worker) {
    if (!navigator.serviceWorker.controller) return;   // first install: nothing to update
    if (!sessionRunning()) { showToast(worker); return; }
    setTimeout(() => offer(worker), 3000);
  }

  function watch(registration) {
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
    });
  }

  // Only after the person chose "Reload" does the page reload onto the new version.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      watch(registration);
      // Long-lived tabs (an installed app left open) look for updates when they come back.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    }).catch((err) => console.warn('Offline support is not available:', err.message));
  });
})();
