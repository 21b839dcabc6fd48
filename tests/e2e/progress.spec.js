// The Progress screen in a real browser: history, pain and charts from real localStorage, surviving a
// reload; exporting a backup and the clinic CSV as downloads; importing a backup with a preview and no
// duplicates; deleting everything after a clear confirmation.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { openApp, widget, expectScreen } = require('./helpers');
const seed = require('./progress-seed');

test.use({ timezoneId: 'UTC' });
// Phones at DPR 3 draw in software here and scroll to each control: give them time.
test.describe.configure({ timeout: 150_000 });

const names = (page) => page.evaluate(() => window.unclench.widgets().map((w) => w.name));
async function expectWidget(page, pattern) {
  await expect.poll(async () => (await names(page)).find((n) => pattern.test(n)) || '', { timeout: 10_000 }).toMatch(pattern);
}
const ourKeys = (page) => page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.startsWith(ns)).sort(), seed.NS);

async function openProgress(page) {
  await openApp(page);
  await page.waitForTimeout(200);
  await seed.tap(page, 'Progress');
  await expectScreen(page, 'progress');
}

// Three days in a row, with pain scores: one meaningful drop (6 -> 3), one small one (4 -> 3).
function threeDays() {
  return [
    seed.session('t1-aaaa', seed.noonDaysAgo(2), { before: 6, after: 3, note: 'Felt looser after' }),
    seed.session('t2-bbbb', seed.noonDaysAgo(1), { before: 4, after: 3, routine_id: 'relief-now', routine_name: 'Relief now' }),
    seed.session('t3-cccc', seed.noonDaysAgo(0), { before: 5, after: 5, end: 1, steps: 'ddss-' }),
  ];
}

async function writeBackupFile(text) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unclench-')), 'my-backup.json');
  fs.writeFileSync(file, text);
  return file;
}

test('history, pain and charts come from storage and survive a reload', async ({ page }) => {
  await page.addInitScript(seed.seedScript(seed.encodeMonths(threeDays())));
  const errors = await openProgress(page);
  const check = async () => {
    await expectWidget(page, /^3 days in a row$/);
    await expectWidget(page, /^Pain before and after, 3 sessions\. 1 with a meaningful drop\. Latest: 5 before, 5 after\.$/);
    await expectWidget(page, /^Cat and camel\. 2 sessions/);
    await expectWidget(page, /^Relief now\. 1 session /);
    await expectWidget(page, /^Minutes each day this week:/);
    await expectWidget(page, /: active on \d+ days?:.* \d+/);
  };
  await check();
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0);
  await page.waitForTimeout(200);
  await seed.tap(page, 'Progress');
  await check();
  // A routine opens to its sessions, each with what happened.
  await seed.tap(page, 'Cat and camel');
  await expectWidget(page, /pain 6 → 3$/);
  await expectWidget(page, /pain 5 → 5 • ended early • 2 steps skipped$/);
});

test('export downloads a JSON backup and a CSV for the clinic, the back episode in both', async ({ page }) => {
  const sessions = threeDays();
  const recovery = seed.recoveryRecord();
  await page.addInitScript(seed.seedScript({ ...seed.encodeMonths(sessions), [seed.V2 + 'recovery']: JSON.stringify(recovery) }));
  await openProgress(page);
  await widget(page, 'Export backup');

  const [json] = await Promise.all([page.waitForEvent('download'), seed.tap(page, 'Export backup')]);
  const today = new Date().toISOString().slice(0, 10);
  expect(json.suggestedFilename()).toBe(`unclench-backup-${today}.json`);
  const backup = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  expect(backup.app).toBe('unclench');
  expect(backup.sessions.map((s) => s.id)).toEqual(sessions.map((s) => s.id));
  expect(backup.sessions[0]).toMatchObject({ pain_before: 6, pain_after: 3, note: 'Felt looser after' });
  expect(backup.backup_format).toBe(1);
  expect(backup.recovery.lessons_read).toEqual(['common']);
  expect(backup.recovery.episode).toMatchObject({ start_pain: 7, check_ins: recovery.episode.check_ins, activities: recovery.episode.activities });

  const [csv] = await Promise.all([page.waitForEvent('download'), seed.tap(page, 'Export sessions for your clinic (CSV)')]);
  expect(csv.suggestedFilename()).toBe('unclench-sessions.csv');
  const lines = fs.readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
  expect(lines).toHaveLength(1 + sessions.length + 1);   // the header, the sessions, the one check-in
  const header = lines[0].split(',');
  expect(header.slice(0, 16)).toEqual(['session_id', 'routine_id', 'routine', 'start_local', 'end_local', 'active_minutes',
    'steps_done', 'steps_skipped', 'steps_total', 'ended', 'pain_stop_step', 'pain_stop_phase', 'pain_before', 'pain_after',
    'meaningful_relief', 'note']);
  expect(header.slice(16, 24)).toEqual(['row_type', 'date', 'episode_day', 'phase', 'pain', 'psfs', 'activity_1_name', 'activity_1_score']);
  expect(lines[1]).toContain('Felt looser after');
  expect(lines[1]).toContain(',session,');
  expect(lines[4]).toMatch(new RegExp(`^,{16}check-in,${today},2,calm,5,4\\.0,"'=Socks, ""on""",4,,,,,\\d+,\\d+$`));
});

test('import shows a preview, merges without duplicates, and keeps what it merged', async ({ page }) => {
  const mine = threeDays();
  await page.addInitScript(seed.seedScript(seed.encodeMonths(mine)));
  await openProgress(page);
  const incoming = [
    seed.session('u1-dddd', seed.noonDaysAgo(40), { routine_id: 'hip-release', routine_name: 'Hip release', before: 7, after: 4 }),
    seed.session('u2-eeee', seed.noonDaysAgo(39), { routine_id: 'hip-release', routine_name: 'Hip release' }),
    mine[0],   // already here
  ];
  const recovery = seed.recoveryRecord();
  const file = await writeBackupFile(seed.backupText(incoming, [{ id: 'broken', start: 'yesterday' }], recovery));

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), seed.tap(page, 'Import a backup')]);
  await chooser.setFiles(file);
  await expectWidget(page, /^2 new sessions, 1 already here, 1 not readable$/);
  await expectWidget(page, /^Your back episode and its check-ins will be restored\.$/);
  await seed.tap(page, 'Merge');
  await widget(page, 'Done');
  await seed.tap(page, 'Done');
  await expectWidget(page, /^Hip release\. 2 sessions/);

  const stored = await page.evaluate((ns) => Object.entries(localStorage).filter(([k]) => k.startsWith(ns + 'v2/h/')).map(([, v]) => v).join(''), seed.NS);
  for (const id of ['u1-dddd', 'u2-eeee', 't1-aaaa']) expect(stored.split(`"${id}"`).length - 1).toBe(1);
  const kept = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), seed.V2 + 'recovery');
  expect(kept.lessons_read).toEqual(['common']);
  expect(kept.episode.check_ins).toEqual(recovery.episode.check_ins);

  // The same file again adds nothing.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), seed.tap(page, 'Import a backup')]);
  await again.setFiles(file);
  await expectWidget(page, /^0 new sessions, 3 already here, 1 not readable$/);
  await seed.tap(page, 'Cancel');
  await expectWidget(page, /^Pain before and after, 4 sessions\./);
});

test('a file that is not a backup is refused with a clear message', async ({ page }) => {
  await openProgress(page);
  const file = await writeBackupFile('{"hello": "world"}');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), seed.tap(page, 'Import a backup')]);
  await chooser.setFiles(file);
  await expectWidget(page, /^This file can't be imported$/);
  await seed.tap(page, 'OK');
  await expectWidget(page, /^No sessions yet$/);
});

test('delete all asks first, then removes everything under the namespace', async ({ page }) => {
  await page.addInitScript(seed.seedScript(seed.encodeMonths(threeDays())));
  await openProgress(page);
  await expectWidget(page, /^3 days in a row$/);
  expect((await ourKeys(page)).length).toBeGreaterThan(1);

  await seed.tap(page, 'Delete all my data');
  await widget(page, 'Yes, delete everything');
  await seed.tap(page, 'Keep my data');   // the first choice is a safe way out
  await expectWidget(page, /^3 days in a row$/);

  await seed.tap(page, 'Delete all my data');
  await seed.tap(page, 'Yes, delete everything');
  await expectWidget(page, /^Everything was deleted$/);
  expect(await ourKeys(page)).toEqual([]);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0);
  await page.waitForTimeout(200);
  await seed.tap(page, 'Progress');
  await expectWidget(page, /^No sessions yet$/);
});

test('charts fit a 320 px screen at 200% text, in the dark palette', async ({ page }) => {
  const entries = seed.encodeMonths(threeDays());
  entries[seed.V2 + 'settings'] = JSON.stringify({ text_size: 200, theme: 'dark' });
  await page.addInitScript(seed.seedScript(entries));
  await page.setViewportSize({ width: 320, height: 720 });
  await openProgress(page);
  await expectWidget(page, /^Pain before and after, 3 sessions/);
  const overflow = await page.evaluate(() => window.unclench.widgets().filter((w) => w.x < 0 || w.x + w.w > 320.5).map((w) => w.name));
  expect(overflow).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('progress-320-dark-200.png') });
});
