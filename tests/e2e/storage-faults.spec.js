// Storage faults in a real browser with real localStorage: corrupt values, a full quota, blocked or
// throwing storage, two tabs saving at the same moment, and data written by the first version.
const { test, expect } = require('@playwright/test');
const { passSafetyCheck } = require('./flows');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { openApp, diagnostics, widget, expectScreen } = require('./helpers');
const { mirror, pressButton, onScreen } = require('./mirror-steps');
const seed = require('./progress-seed');

test.use({ timezoneId: 'UTC' });
// Phones at DPR 3 draw in software here and scroll to each control: give them time.
test.describe.configure({ timeout: 150_000 });

const names = (page) => page.evaluate(() => window.unclench.widgets().map((w) => w.name));
async function expectWidget(page, pattern) {
  await expect.poll(async () => (await names(page)).find((n) => pattern.test(n)) || '', { timeout: 10_000 }).toMatch(pattern);
}
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const keysUnder = (page, prefix) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).sort(), prefix);

async function openProgress(page) {
  const errors = await openApp(page);
  await page.waitForTimeout(200);
  await seed.tap(page, 'Progress');
  await expectScreen(page, 'progress');
  return errors;
}

async function importBackup(page, sessions, beforeMerge = async () => {}) {
  await page.bringToFront();   // taps go to the tab in front, as with a person
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unclench-')), 'backup.json');
  fs.writeFileSync(file, seed.backupText(sessions));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), seed.tap(page, 'Import a backup')]);
  await chooser.setFiles(file);
  await beforeMerge();
  await seed.tap(page, 'Merge');
  await seed.tap(page, 'Done');
  await expectWidget(page, /^Import a backup$/);   // back on the history before anything else happens
}

const older = seed.session('o1-aaaa', seed.noonDaysAgo(35), { before: 7, after: 4 });
const recent = seed.session('r1-bbbb', seed.noonDaysAgo(1), { before: 5, after: 2 });

//-----------------------------------------------------------------------------
// Corrupt or hand-edited values
//-----------------------------------------------------------------------------

test('corrupt storage: the app starts, keeps what is valid, sets the raw text aside and says so', async ({ page }) => {
  const entries = seed.encodeMonths([older]);
  const damagedKey = seed.V2 + 'h/' + seed.monthKey(recent.start);
  // A month with one good record and one hand-edited into nonsense.
  const good = JSON.parse(seed.encodeMonths([recent])[damagedKey]);
  good.s.push(['x', 99, 'noon', -5]);
  entries[damagedKey] = JSON.stringify(good);
  entries[seed.V2 + 'h/2019-13'] = 'not a month';
  entries[seed.V2 + 'settings'] = '{"text_size": "huge", "theme": 7}';
  await page.addInitScript(seed.seedScript(entries));
  const errors = await openProgress(page);

  await expectWidget(page, /could not be fully read/);
  await expectWidget(page, /^Pain before and after, 2 sessions\./);
  const aside = await keysUnder(page, seed.V2 + 'quarantine/');
  const asideText = await Promise.all(aside.map((k) => stored(page, k)));
  expect(asideText).toContain(entries[damagedKey]);
  expect(asideText).toContain('not a month');
  expect(await stored(page, seed.V2 + 'h/2019-13')).toBeNull();
  // The repaired month holds the good record only.
  expect(JSON.parse(await stored(page, damagedKey)).s.map((r) => r[0])).toEqual(['r1-bbbb']);
  expect(errors).toEqual([]);

  await seed.tap(page, 'Dismiss');
  await expect.poll(async () => (await names(page)).some((n) => /could not be fully read/.test(n))).toBe(false);
});

// Text crosses into the app and back with its byte length, so damaged text is set aside whole.
const damagedText = (c) => '{"corrupt": [1,2,' + c + 'more text';
// Read as JSON text: a lone surrogate then travels between the page and the test as an escape.
const storedJson = (page, key) => page.evaluate((k) => JSON.stringify(localStorage.getItem(k)), key);
const asideFor = async (page, suffix) => {
  const keys = await keysUnder(page, seed.V2 + 'quarantine/' + suffix + '@');
  return (await Promise.all(keys.map((k) => storedJson(page, k)))).map((t) => JSON.parse(t));
};

test('a stored value with a NUL in it is set aside whole: every quarantined copy keeps the NUL and the text after it, and nothing else is lost', async ({ page }) => {
  const goodMonth = seed.encodeMonths([older]);
  const suffixes = ['meta', 'settings', 'safety', 'routines', 'h/' + seed.monthKey(recent.start)];
  const entries = { ...goodMonth, 'other-site/cache': 'a\u0000b' };
  for (const s of suffixes) entries[seed.V2 + s] = damagedText('\u0000');
  await page.addInitScript(seed.seedScript(entries));
  const errors = await openApp(page);
  await passSafetyCheck(page);   // the damaged safety answers were set aside: the check is asked again

  for (const s of suffixes) expect(await asideFor(page, s), s).toEqual([damagedText('\u0000')]);
  await page.waitForTimeout(200);
  await seed.tap(page, 'Progress');
  await expectScreen(page, 'progress');
  await expectWidget(page, /could not be fully read/);
  await expectWidget(page, /^Cat and camel\. 1 session /);
  expect(await stored(page, Object.keys(goodMonth)[0])).toBe(Object.values(goodMonth)[0]);
  expect(await stored(page, 'other-site/cache')).toBe('a\u0000b');
  expect(errors).toEqual([]);
});

test('a lone surrogate in a stored value costs only that character: a readable month is read as it is, and damaged text is set aside with U+FFFD in its place', async ({ page }) => {
  // A note ending in half of a surrogate pair, written raw (JSON.stringify would escape it): UTF-8
  // cannot hold it, so it must become U+FFFD without taking the closing quote with it.
  const monthKey = seed.V2 + 'h/' + seed.monthKey(recent.start);
  const month = seed.encodeMonths([{ ...recent, note: 'sore back\uD800' }])[monthKey].replace('\\ud800', '\uD800');
  expect(month).toContain('back\uD800"');
  const entries = { ...seed.encodeMonths([older]), [monthKey]: month, [seed.V2 + 'settings']: damagedText('\uD800') };
  await page.addInitScript(seed.seedScript(entries));
  const errors = await openProgress(page);

  await expectWidget(page, /could not be fully read/);
  await expectWidget(page, /^Pain before and after, 2 sessions\./);
  expect(await asideFor(page, 'settings')).toEqual([damagedText('\uFFFD')]);
  expect(await keysUnder(page, seed.V2 + 'quarantine/h/')).toEqual([]);
  expect(await storedJson(page, monthKey)).toBe(JSON.stringify(month));   // read, not repaired: nothing rewritten
  expect(errors).toEqual([]);
});

//-----------------------------------------------------------------------------
// Quota exceeded
//-----------------------------------------------------------------------------

// After `allowed` writes of our keys, every further write of them throws QuotaExceededError, until the
// test frees the quota (window.unclenchTestQuota.free()) or fills it (.fill()).
const quotaAfter = (allowed) => ({ content: `(() => {
  const real = Storage.prototype.setItem; let left = ${allowed};
  window.unclenchTestQuota = { fill() { left = 0; }, free() { left = Infinity; } };
  Storage.prototype.setItem = function (k, v) {
    if (String(k).startsWith('unclench/') && left-- <= 0) throw new DOMException('full', 'QuotaExceededError');
    return real.call(this, k, v);
  }; })();` });
const quota = (page, what) => page.evaluate((w) => window.unclenchTestQuota[w](), what);

const SaveRetryEveryMs = 30_000;   // src/core/save_retry.h
const FULL = /storage for Unclench is full/;
const SAVED = /^Saved\. Everything you did is stored on this device again\.$/;
const shows = async (page, pattern) => (await names(page)).some((n) => pattern.test(n));
const monthOf = async (page) => seed.V2 + 'h/' + seed.monthKey(await page.evaluate(() => Date.now() / 1000));
const storedIds = async (page, key) => { const t = await stored(page, key); return t ? JSON.parse(t).s.map((r) => r[0]) : []; };

// Home -> the Player through the mirror: "Relief now" starts at once, or (older builds) opens its
// routine page first, where Start does.
async function startRelief(page) {
  await pressButton(page, /^Relief now/);
  await expect.poll(async () => (await diagnostics(page)).screen).toMatch(/^(player|routine)$/);
  if ((await diagnostics(page)).screen === 'routine') await pressButton(page, /^Start/);
  await onScreen(page, 'player');
}

async function exportedIds(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), mirror(page).getByRole('button', { name: 'Export backup', exact: true }).press('Enter')]);
  return JSON.parse(fs.readFileSync(await download.path(), 'utf8')).sessions.map((s) => s.routine_id + ':' + s.id);
}

test('storage full when a finished session is saved: kept, told, exported, and saved by the retry timer once there is room', async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(seed.seedScript(seed.encodeMonths([older])));
  await page.addInitScript(quotaAfter(Infinity));
  const errors = await openApp(page);
  await onScreen(page, 'home');
  await quota(page, 'fill');   // the device is full from here on

  await startRelief(page);
  await pressButton(page, /^Stop, it hurts/);
  await onScreen(page, 'summary');
  await pressButton(page, 'Save');
  await onScreen(page, 'home');
  await expectWidget(page, FULL);
  const month = await monthOf(page);
  expect(await stored(page, month)).toBeNull();

  // Not lost: listed on Progress from memory, and in the backup the banner offers.
  await pressButton(page, /^Progress\./);
  await onScreen(page, 'progress');
  await expectWidget(page, /^Relief now\. 1 session /);
  await expectWidget(page, /^Cat and camel\. 1 session /);
  const ids = await exportedIds(page);
  expect(ids).toHaveLength(2);
  expect(ids).toContain('cat-camel:o1-aaaa');
  expect(ids.find((x) => x.startsWith('relief-now:'))).toBeTruthy();

  // The app retries by itself every 30 s: still full, nothing changes and nothing is lost...
  await page.clock.fastForward(31_000);
  await page.waitForTimeout(300);
  expect(await stored(page, month)).toBeNull();
  expect(await shows(page, FULL)).toBe(true);
  // ...and once there is room, the next retry (not the room itself) writes it and the notice says so.
  await quota(page, 'free');
  await page.waitForTimeout(500);
  expect(await stored(page, month)).toBeNull();
  await page.clock.fastForward(31_000);
  await expect.poll(() => storedIds(page, month)).toEqual([ids.find((x) => x.startsWith('relief-now:')).split(':')[1]]);
  await expectWidget(page, SAVED);
  expect(await shows(page, FULL)).toBe(false);
  await expectWidget(page, /^Relief now\. 1 session /);
  expect(errors).toEqual([]);
});

test('storage full after an import: kept in memory, told, backup offered; another tab freeing space saves it at once', async ({ page }) => {
  const otherData = 'other-site/cache';
  await page.addInitScript(seed.seedScript({ ...seed.encodeMonths([older]), [otherData]: 'x'.repeat(1000) }));
  await page.addInitScript(quotaAfter(Infinity));
  await openProgress(page);
  let refusedAt;   // the retry timer's first attempt comes 30 s after this
  await importBackup(page, [recent], async () => { await quota(page, 'fill'); refusedAt = Date.now(); });

  await expectWidget(page, FULL);
  await expectWidget(page, /^Pain before and after, 2 sessions\./);   // kept in memory
  const month = seed.V2 + 'h/' + seed.monthKey(recent.start);
  expect(await stored(page, month)).toBeNull();

  expect(await exportedIds(page)).toEqual(['cat-camel:o1-aaaa', 'cat-camel:r1-bbbb']);
  await widget(page, 'Try saving again');

  // Another tab of this site frees space: the storage event makes this tab retry without waiting.
  await quota(page, 'free');
  await page.waitForTimeout(500);
  expect(await stored(page, month)).toBeNull();
  const other = await page.context().newPage();
  await other.goto('./manifest.webmanifest');
  await other.evaluate((k) => localStorage.removeItem(k), otherData);
  await expect.poll(() => storedIds(page, month)).toEqual(['r1-bbbb']);
  expect(Date.now() - refusedAt).toBeLessThan(SaveRetryEveryMs);   // so it was the event, not the timer
  await expectWidget(page, SAVED);
  expect(await shows(page, FULL)).toBe(false);
  await other.close();
});

//-----------------------------------------------------------------------------
// Storage unavailable
//-----------------------------------------------------------------------------

const blocked = { content: `Object.defineProperty(window, 'localStorage', { configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });` };
const throwsOnRead = { content: `(() => { for (const m of ['getItem', 'key'])
  Storage.prototype[m] = function () { throw new DOMException('read failed', 'UnknownError'); }; })();` };

for (const [what, script] of [['blocked (third-party iframe, disabled)', blocked], ['throwing on read', throwsOnRead]]) {
  test(`storage ${what}: the app runs from memory with a visible notice`, async ({ page }) => {
    await page.addInitScript(script);
    const errors = await openApp(page);
    expect((await diagnostics(page)).storage).toBe('memory');
    await passSafetyCheck(page);   // nothing can be remembered, so the first-run check comes first
    await page.waitForTimeout(200);
    await seed.tap(page, 'Progress');
    await expectWidget(page, /Your data is only kept until you close this page\.$/);
    await importBackup(page, [recent]);   // still usable: kept in this page
    await expectWidget(page, /^Pain before and after, 1 session\./);
    await widget(page, 'Export backup');
    expect(errors).toEqual([]);
  });
}

//-----------------------------------------------------------------------------
// Two tabs
//-----------------------------------------------------------------------------

test('two tabs finishing sessions at the same moment: both sessions are kept', async ({ context }) => {
  await context.addInitScript(seed.seedScript(seed.encodeMonths([older])));
  const a = await context.newPage();
  const b = await context.newPage();
  await openProgress(a);
  await openProgress(b);
  const key = seed.V2 + 'h/' + seed.monthKey(recent.start);
  const fromB = seed.session('b1-cccc', recent.start + 60, { routine_id: 'relief-now', routine_name: 'Relief now' });

  // Tab A saves its session; at the same moment tab B, which has not seen it, writes its own month.
  await importBackup(a, [recent]);
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [key, seed.encodeMonths([fromB])[key]]);

  // A hears B's write, merges, and writes the union; B hears that and shows it too.
  await expectWidget(a, /^Added what you did in another tab\.$/);
  await expect.poll(async () => JSON.parse(await stored(a, key)).s.map((r) => r[0]).sort()).toEqual(['b1-cccc', 'r1-bbbb']);
  await expectWidget(a, /^Relief now\. 1 session /);
  await expectWidget(b, /^Cat and camel\. 2 sessions /);
  await expectWidget(b, /^Relief now\. 1 session /);
});

//-----------------------------------------------------------------------------
// Data from an older version
//-----------------------------------------------------------------------------

test('data written by the first version is migrated and the old keys removed', async ({ page }) => {
  const ms = (s) => s * 1000;
  const v1 = [
    { type: 'session', id: 'v1-one', routineId: 'cat-camel', routineName: 'Cat and camel', startedAtMs: ms(older.start),
      endedAtMs: ms(older.start + 400), timezoneOffsetMinutes: 0, activeMs: 360000, stepCount: 3, stepsDone: [0, 1, 2],
      stepsSkipped: [], endReason: 'completed', painBefore: 6, painAfter: 2, note: 'first try' },
    { type: 'session', id: 'v1-two', routineId: 'relief-now', routineName: 'Relief now', startedAtMs: ms(recent.start),
      endedAtMs: ms(recent.start + 300), timezoneOffsetMinutes: 0, activeMs: 240000, stepCount: 4, stepsDone: [0, 1],
      stepsSkipped: [], endReason: 'pain', painStep: 2, painPhase: 'hold', painBefore: 5, painAfter: null },
  ];
  await page.addInitScript(seed.seedScript({
    [seed.NS + 'history']: JSON.stringify(v1),
    [seed.NS + 'settings']: JSON.stringify({ soundOn: true, textScale: 1.25, theme: 'light' }),
  }));
  await openProgress(page);
  await expectWidget(page, /updated to the new storage format \(2 history entries\)/);
  await expectWidget(page, /^Pain before and after, 2 sessions\. 1 with a meaningful drop\./);
  expect(await stored(page, seed.NS + 'history')).toBeNull();
  expect(await stored(page, seed.NS + 'settings')).toBeNull();
  expect(JSON.parse(await stored(page, seed.V2 + 'settings')).text_size).toBe(125);
  const months = await keysUnder(page, seed.V2 + 'h/');
  expect(months).toEqual([...new Set([older.start, recent.start].map((t) => seed.V2 + 'h/' + seed.monthKey(t)))].sort());
  await seed.tap(page, 'Relief now');
  await expectWidget(page, /stopped: it hurt at step 3/);
});
