// Storage faults in a real browser with real localStorage: corrupt values, a full quota, blocked or
// throwing storage, two tabs saving at the same moment, and data written by the first version.
const { test, expect } = require('@playwright/test');
const { passSafetyCheck } = require('./flows');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { openApp, diagnostics, widget, expectScreen } = require('./helpers');
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

async function importBackup(page, sessions) {
  await page.bringToFront();   // taps go to the tab in front, as with a person
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unclench-')), 'backup.json');
  fs.writeFileSync(file, seed.backupText(sessions));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), seed.tap(page, 'Import a backup')]);
  await chooser.setFiles(file);
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

//-----------------------------------------------------------------------------
// Quota exceeded
//-----------------------------------------------------------------------------

// After `allowed` writes of our keys, every further write of them throws QuotaExceededError.
const quotaAfter = (allowed) => ({ content: `(() => {
  const real = Storage.prototype.setItem; let writes = 0;
  Storage.prototype.setItem = function (k, v) {
    if (String(k).startsWith('unclench/') && ++writes > ${allowed}) throw new DOMException('full', 'QuotaExceededError');
    return real.call(this, k, v);
  }; })();` });

test('storage full: the new session is kept in memory, the person is told, and a backup is offered', async ({ page }) => {
  await page.addInitScript(seed.seedScript(seed.encodeMonths([older])));
  await page.addInitScript(quotaAfter(1));   // the first write (the format marker) fits; nothing after it
  await openProgress(page);
  await importBackup(page, [recent]);

  await expectWidget(page, /storage for Unclench is full/);
  await expectWidget(page, /^Pain before and after, 2 sessions\./);   // kept in memory
  expect(await stored(page, seed.V2 + 'h/' + seed.monthKey(recent.start))).toBeNull();

  const [download] = await Promise.all([page.waitForEvent('download'), seed.tap(page, 'Export backup')]);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(backup.sessions.map((s) => s.id)).toEqual(['o1-aaaa', 'r1-bbbb']);
  await widget(page, 'Try saving again');
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
