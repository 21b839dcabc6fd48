// Embedding: a clinic page on another origin (another port, served by the test itself) embeds
// the app with embed.js, receives its events and drives it; a page on any other origin cannot.
const { test, expect } = require('@playwright/test');

const http = require('http');
const { seedSafetyAnswers, diagnostics } = require('./helpers');
const { activate, pressButton, onScreen, startEpisode } = require('./mirror-steps');

// The patient in these tests answered the safety check before (the first run is tested in safety.spec).
test.beforeEach(async ({ page }) => { await seedSafetyAnswers(page); });

// Another origin on loopback (the next port): the clinic's site, and a stranger's site.
const OTHER_PORT = Number(process.env.UNCLENCH_TEST_PORT || 8181) + 1;
const CLINIC = `http://127.0.0.1:${OTHER_PORT}`;
let server;
const pages = {};

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const body = pages[req.url.split('?')[0]];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body || 'not found');
  });
  await new Promise((resolve) => server.listen(OTHER_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

// The demo page as a clinic would host it: its scripts point at the app's server.
async function serveClinic(page, baseURL) {
  const demo = await (await page.request.get(baseURL + 'embed-demo.html')).text();
  pages['/physio.html'] = demo
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/(src|href)="(embed\.js|embed-demo\.js|handout\.css|icon\.svg)"/g, `$1="${baseURL}$2"`);
}

// An app frame whose configured parent is the clinic, inside a page of another site (same host,
// so loopback, but another origin: http://localhost would not resolve under the test's host rules).
async function serveEvil(page, baseURL) {
  const src = `${baseURL}?parent=${encodeURIComponent('http://clinic.example')}`;
  pages['/other.html'] = `<!doctype html><title>other site</title><iframe id="app" src="${src}" style="width:400px;height:700px"></iframe>
    <script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>`;
}

async function appFrame(page, baseURL) {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(baseURL))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(baseURL));
  await frame.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0, null, { timeout: 30_000 });
  return frame;
}

const screenOf = (frame) => frame.evaluate(() => window.unclench.diagnostics().screen);
const eventTypes = (page) => page.evaluate(() => window.unclenchEvents.map((e) => e.type));

test('the embed demo receives ready, and its commands open a routine and answer a ping', async ({ page, baseURL }) => {
  await serveClinic(page, baseURL);
  await page.goto(`${CLINIC}/physio.html`);
  const iframe = page.locator('iframe.unclench-embed');
  expect(await iframe.getAttribute('allow')).toBe('autoplay; screen-wake-lock; fullscreen');
  const src = new URL(await iframe.getAttribute('src'));
  expect(src.searchParams.get('parent')).toBe(CLINIC);
  expect(src.searchParams.get('clinic')).toBe('Riverside Physio');
  const frame = await appFrame(page, baseURL);

  await expect.poll(() => eventTypes(page)).toContain('unclench:ready');
  const ready = await page.evaluate(() => window.unclenchEvents.find((e) => e.type === 'unclench:ready'));
  expect(ready).toMatchObject({ source: 'unclench', v: 1 });

  await page.click('#start');
  await expect.poll(() => screenOf(frame)).toBe('routine');
  await page.evaluate(() => document.querySelector('iframe.unclench-embed').unclench.send({ type: 'unclench:ping' }));
  await expect.poll(() => eventTypes(page)).toContain('unclench:pong');
  await expect(page.locator('#events li').first()).toContainText('unclench:ready');
});

test('the demo page as it ships, under its own Content-Security-Policy, frames the app and drives it with no violation', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto(baseURL + 'embed-demo.html');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  // The page itself is on the app's server too, so appFrame() would find it: take the iframe's frame.
  const frame = await (await page.locator('iframe.unclench-embed').elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0, null, { timeout: 30_000 });
  await expect.poll(() => eventTypes(page)).toContain('unclench:ready');
  await page.click('#start');
  await expect.poll(() => screenOf(frame)).toBe('routine');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('commands that are malformed or name an unknown routine are ignored', async ({ page, baseURL }) => {
  await serveClinic(page, baseURL);
  await page.goto(`${CLINIC}/physio.html`);
  const frame = await appFrame(page, baseURL);
  await expect.poll(() => eventTypes(page)).toContain('unclench:ready');
  await page.evaluate(() => {
    const send = (m) => document.querySelector('iframe.unclench-embed').unclench.send(m);
    send({ type: 'unclench:start-routine', routine: 'relief-now', extra: true });
    send({ type: 'unclench:start-routine', routine: '../../etc' });
    send({ type: 'unclench:start-routine', routine: 'no-such-routine' });
    send('{"type":"unclench:start-routine","routine":"relief-now"}');
    send({ type: 'unclench:set-theme', theme: 'neon' });
  });
  await page.waitForTimeout(1500);
  expect(await screenOf(frame)).toBe('home');
});

test('a postMessage from another origin has no effect, and events never go to it', async ({ page, baseURL }) => {
  await serveEvil(page, baseURL);
  await page.goto(`${CLINIC}/other.html`);
  const frame = await appFrame(page, baseURL);
  await page.evaluate(() => {
    const app = document.getElementById('app').contentWindow;
    app.postMessage({ type: 'unclench:start-routine', routine: 'relief-now' }, '*');
    app.postMessage({ type: 'unclench:set-theme', theme: 'dark' }, '*');
    app.postMessage({ type: 'unclench:ping' }, '*');
  });
  await page.waitForTimeout(1500);
  expect(await screenOf(frame)).toBe('home');
  expect(await page.evaluate(() => window.got)).toEqual([]);   // not even "ready"
});

// The recovery companion inside the clinic's frame, under a fake clock: an episode started and two
// days of check-ins through the accessibility mirror (the frame's own controls, as a keyboard user
// would reach them). The clinic hears each check-in, and the move to the next phase with its words.
// (No hard activity is typed here: typing into the frame's canvas field from the test was not reliable;
// the activity scores in the event are specified in tests/unit/embed_protocol_test.cpp.)
test.describe('recovery events', () => {
  test.use({ timezoneId: 'UTC' });

  const DAY = 86400_000;

  async function fakeClockFrame(page, baseURL) {
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(baseURL))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(baseURL));
    // Frames drawn, not the performance mark: under the fake clock performance is replaced.
    await frame.waitForFunction(() => {
      try { const d = window.unclench.diagnostics(); return d && d.framesDrawn > 0; } catch (e) { return false; }
    }, null, { timeout: 30_000 });
    return frame;
  }

  async function checkIn(frame, pain) {
    await pressButton(frame, /^(Daily check-in|Today's check-in)/);
    await onScreen(frame, 'check-in');
    await activate(frame, 'checkbox', `Pain now: ${pain}`);
    await pressButton(frame, 'Save check-in');
    await pressButton(frame, 'Done');
    await onScreen(frame, 'home');
  }

  const eventsOf = (page, type) => page.evaluate((t) => window.unclenchEvents.filter((e) => e.type === t), type);

  test('the clinic hears each check-in and the move to the next phase, with the words the patient saw', async ({ page, baseURL }) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await serveClinic(page, baseURL);
    await page.goto(`${CLINIC}/physio.html`);
    const frame = await fakeClockFrame(page, baseURL);
    await expect.poll(() => eventTypes(page)).toContain('unclench:ready');

    await startEpisode(frame, 8);

    await checkIn(frame, 6);
    await expect.poll(() => eventsOf(page, 'unclench:check-in')).toHaveLength(1);
    expect((await eventsOf(page, 'unclench:check-in'))[0]).toEqual({
      source: 'unclench', v: 1, type: 'unclench:check-in', dayOfEpisode: 1, date: '2026-03-02', pain: 6, psfs: null,
      activities: [], phase: 'calm',
    });
    expect(await eventsOf(page, 'unclench:phase-changed')).toEqual([]);   // 25% less pain: not yet

    await page.clock.fastForward(DAY);
    await expect.poll(async () => (await diagnostics(frame)).plan.day).toBe(2);
    await checkIn(frame, 5);
    await expect.poll(() => eventsOf(page, 'unclench:phase-changed')).toHaveLength(1);
    expect((await eventsOf(page, 'unclench:phase-changed'))[0]).toEqual({
      source: 'unclench', v: 1, type: 'unclench:phase-changed', from: 'calm', to: 'move',
      reason: 'Moved to Move: your pain has dropped by 37% since day 1', dayOfEpisode: 2, setByClinician: false,
    });
    const second = (await eventsOf(page, 'unclench:check-in'))[1];
    expect(second).toMatchObject({ dayOfEpisode: 2, date: '2026-03-03', pain: 5, phase: 'move' });
    expect((await diagnostics(frame)).plan).toMatchObject({ phase: 'move', day: 2 });
  });
});
