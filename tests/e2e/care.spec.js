// Home care timers: on-time beeps on the audio clock, the hidden-page title countdown, the screen wake
// lock, history, the schedule on Home, and an .ics export that reads back as the same schedule.
// A fake clock (page.clock) jumps minutes in milliseconds; the time zone is UTC so quiet hours are fixed.
const { test, expect } = require('@playwright/test');
const config = require('./playwright.config.js');
const { press, widget, expectScreen } = require('./helpers');
const { installCueRecorders, beeps, timerStatus, openAppWithFakeClock } = require('./cue_hooks');

test.use({
  timezoneId: 'UTC',
  acceptDownloads: true,
  launchOptions: { ...config.use.launchOptions, args: [...config.use.launchOptions.args, '--autoplay-policy=no-user-gesture-required'] },
});

const START = new Date('2026-03-02T09:00:00Z');   // a Monday morning
const MIN = 60_000;

async function openCare(page) {
  await page.addInitScript(installCueRecorders);
  await page.clock.install({ time: START });
  const errors = await openAppWithFakeClock(page);
  await press(page, 'Home care');
  await expectScreen(page, 'care');
  return errors;
}

async function startTimer(page, row, button) {
  await press(page, row);
  await expectScreen(page, 'care-timer');
  await press(page, button);
  await expect.poll(() => timerStatus(page)).toMatch(/left/);
}

// A cold pack run to its end (15 minutes in a moment), then back on Home care with the reminders started.
async function runColdPack(page) {
  await startTimer(page, 'Cold pack', 'Start 15 min timer');
  await page.clock.fastForward(15 * MIN + 2000);
  await expect.poll(() => timerStatus(page)).toBe('Timer done');
}

async function finishColdPack(page) {
  await runColdPack(page);
  await press(page, 'Back');
  await expectScreen(page, 'care');
}

// "12:34" or "1:02:03" -> ms
function clockMs(text) {
  const parts = text.split(':').map(Number);
  return parts.reduce((acc, n) => acc * 60 + n, 0) * 1000;
}

test('a cold pack timer beeps its end on the audio clock, exactly 15 minutes after its start', async ({ page }) => {
  const errors = await openCare(page);
  await startTimer(page, 'Cold pack', 'Start 15 min timer');
  await expect.poll(async () => (await beeps(page)).length).toBeGreaterThanOrEqual(5);
  const all = await beeps(page);
  const start = all.find((b) => b.freq === 1175);
  const end = all.find((b) => b.freq === 660);
  expect(start).toBeTruthy();
  expect(end).toBeTruthy();
  // All scheduled ahead on the audio clock, so no frame is needed when they sound: to the millisecond,
  // one minute left, then 3-2-1 before the end.
  // (The audio clock moves on its own thread while a frame runs, so allow a few tens of ms.)
  const ticks = all.filter((b) => b.freq === 880).map((b) => b.delay - end.delay);
  expect(ticks.length).toBe(4);
  [-MIN, -3000, -2000, -1000].forEach((want, i) => expect(Math.abs(ticks[i] - want)).toBeLessThan(50));
  expect(Math.abs(start.delay)).toBeLessThan(50);                  // the start beep sounds as the timer starts
  expect(Math.abs(end.delay - 15 * MIN)).toBeLessThan(50);
  const spoken = await page.evaluate(() => window.__cues.spoken.map((s) => s.text));
  expect(spoken[0]).toBe('Cold pack');
  expect(errors).toEqual([]);
});

test('pausing cancels the scheduled beeps and resuming schedules the end again, later', async ({ page }) => {
  await openCare(page);
  await startTimer(page, 'Cold pack', 'Start 15 min timer');
  const first = (await beeps(page)).find((b) => b.freq === 660);
  await page.clock.fastForward(2 * MIN);
  await press(page, 'Pause');
  await expect.poll(() => timerStatus(page)).toMatch(/paused/);
  await expect.poll(() => page.evaluate(() => window.__cues.stops)).toBeGreaterThan(0);
  await page.clock.fastForward(MIN);
  await press(page, 'Resume');
  await expect.poll(async () => (await beeps(page)).filter((b) => b.freq === 660).length).toBe(2);
  const second = (await beeps(page)).filter((b) => b.freq === 660)[1];
  // The pause moved the end by the time paused: the minute skipped plus the test's own taps.
  expect(second.at - first.at).toBeGreaterThan(MIN);
  expect(second.at - first.at).toBeLessThan(MIN + 10_000);
});

test('while hidden the title counts down; on return the wake lock is requested again and the screen is right', async ({ page }) => {
  await openCare(page);
  await startTimer(page, 'Alternating ice and heat', 'Start 40 min timer');   // one round: the cold rule's 20 minutes of ice
  await expect.poll(() => page.evaluate(() => window.__cues.wake.requests)).toBe(1);
  expect(await page.title()).toBe('Unclench');

  await page.evaluate(() => window.__setHidden(true));
  await expect.poll(() => page.title()).toMatch(/^\d+:\d\d Ice · Unclench$/);
  const before = clockMs((await page.title()).split(' ')[0]);
  await page.clock.fastForward(25 * MIN);   // frames do not matter: the title follows the wall clock
  const title = await page.title();
  expect(title).toMatch(/^\d+:\d\d Heat · Unclench$/);
  expect(Math.abs(clockMs(title.split(' ')[0]) - (before - 5 * MIN))).toBeLessThanOrEqual(2000);

  await page.evaluate(() => window.__setHidden(false));
  await expect.poll(() => page.evaluate(() => window.__cues.wake.requests)).toBe(2);
  expect(await page.title()).toBe('Unclench');
  await expect.poll(() => timerStatus(page)).toMatch(/^Heat, 1[45]:\d\d left$/);

  await press(page, 'Stop timer');
  await expect.poll(() => page.evaluate(() => window.__cues.wake.releases)).toBe(1);
});

test('a finished timer is saved, starts the reminders, and Home shows the next one', async ({ page }) => {
  await openCare(page);
  await runColdPack(page);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/v2/h/')).map((k) => localStorage.getItem(k)).join(''));
  expect(stored.length).toBeGreaterThan(0);
  await press(page, 'Back');
  await expectScreen(page, 'care');
  await widget(page, 'Cold pack at 11:00');   // 2 hours after the start of the last one
});

// Wraps the real Notification API to record what the app shows and asks (the real one still runs).
function recordNotifications() {
  const Real = window.Notification;
  const rec = (window.__notes = { shown: [], asked: 0 });
  class Recorded extends Real {
    constructor(title, options) { super(title, options); rec.shown.push({ title, body: options && options.body, tag: options && options.tag }); }
    static get permission() { return Real.permission; }
    static requestPermission() { rec.asked++; return Real.requestPermission(); }
  }
  window.Notification = Recorded;
}
const shownNotes = (page) => page.evaluate(() => window.__notes.shown);

test.describe('notifications while the app is open but hidden', () => {
  test.use({ permissions: ['notifications'] });

  test('a timer that ends while the page is hidden notifies; one that ends in view does not', async ({ page }) => {
    await page.addInitScript(recordNotifications);
    await openCare(page);
    await runColdPack(page);
    expect(await shownNotes(page)).toEqual([]);   // in view, the screen says it

    await press(page, 'Back');
    await startTimer(page, 'Moist heat', 'Start 15 min timer');
    await page.evaluate(() => window.__setHidden(true));
    await page.clock.fastForward(15 * MIN + 2000);
    await expect.poll(() => shownNotes(page)).toEqual([{ title: 'Moist heat: time is up', body: expect.any(String), tag: 'care-timer' }]);
  });

  test('after a timer, the next reminder notifies at its time while the page is hidden', async ({ page }) => {
    await page.addInitScript(recordNotifications);
    await openCare(page);
    await finishColdPack(page);
    await widget(page, 'Cold pack at 11:00');
    await page.evaluate(() => window.__setHidden(true));
    await page.clock.fastForward(100 * MIN);   // about 10:55: not yet
    expect(await shownNotes(page)).toEqual([]);
    await page.clock.fastForward(15 * MIN);    // past 11:00
    await expect.poll(() => shownNotes(page)).toEqual([{ title: 'Time for: Cold pack', body: expect.any(String), tag: 'care-due' }]);
  });
});

test('without permission yet, Home care offers notifications and asks the browser only when tapped', async ({ page }) => {
  await page.addInitScript(recordNotifications);
  await openCare(page);
  await finishColdPack(page);
  await widget(page, 'Notify me while the app is open');
  expect(await page.evaluate(() => window.__notes.asked)).toBe(0);
  await press(page, 'Notify me while the app is open');
  await expect.poll(() => page.evaluate(() => window.__notes.asked)).toBe(1);
});

test('the calendar export reads back as the schedule the app shows, each with an alarm', async ({ page }) => {
  await openCare(page);
  const started = await page.evaluate(() => Math.floor(Date.now() / 1000));   // the page's fake clock
  await finishColdPack(page);

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Add reminders to my calendar')]);
  expect(download.suggestedFilename()).toBe('unclench-care.ics');
  const text = require('fs').readFileSync(await download.path(), 'utf8');
  const events = parseIcs(text);

  // Expected: every 2 hours from the first start, 22:00-07:00 skipped, for 2 days.
  const first = events[0].start - 2 * 3600;
  expect(first).toBeGreaterThanOrEqual(started - 1);
  expect(first).toBeLessThanOrEqual(started + 10);
  const expected = [];
  for (let t = first + 2 * 3600; t < first + 2 * 86400;) {
    const hour = new Date(t * 1000).getUTCHours();
    if (hour >= 22 || hour < 7) { const d = new Date(t * 1000); d.setUTCHours(hour >= 22 ? 31 : 7, 0, 0, 0); t = d.getTime() / 1000; continue; }
    expected.push(t);
    t += 2 * 3600;
  }
  expect(events.map((e) => e.start)).toEqual(expected);
  // 6 on the first day, 8 on the second, 07:00 on the third, and 09:00 too unless the two days end
  // exactly on it (the start's seconds decide: the fake clock runs on while the page opens).
  expect(events.length).toBeGreaterThanOrEqual(15);
  expect(events.length).toBeLessThanOrEqual(16);
  for (const e of events) {
    expect(e.summary).toBe('Cold pack');
    expect(e.end - e.start).toBe(15 * 60);
    expect(e.alarm).toBe(true);
  }
  // The rows the app shows are the first of the same list.
  const rows = await page.evaluate(() => window.unclench.widgets().map((w) => w.name).filter((n) => / at \d\d:\d\d$/.test(n)));
  const hhmm = (t) => new Date(t * 1000).toISOString().slice(11, 16);
  expect(rows.slice(0, 3)).toEqual(expected.slice(0, 3).map((t) => 'Cold pack at ' + hhmm(t)));
});

// A small RFC 5545 reader for the test: unfolds lines, reads DTSTART/DTEND/SUMMARY and VALARMs.
function parseIcs(text) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events = [];
  let cur = null;
  const time = (v) => Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8), +v.slice(9, 11), +v.slice(11, 13), +v.slice(13, 15)) / 1000;
  for (const line of lines) {
    const [name, ...rest] = line.split(':');
    const value = rest.join(':');
    const key = name.split(';')[0];
    if (line === 'BEGIN:VEVENT') cur = { alarm: false };
    else if (line === 'END:VEVENT') { events.push(cur); cur = null; }
    else if (!cur) continue;
    else if (key === 'DTSTART') cur.start = time(value);
    else if (key === 'DTEND') cur.end = time(value);
    else if (key === 'SUMMARY') cur.summary = value;
    else if (line === 'BEGIN:VALARM') cur.alarm = true;
  }
  return events;
}
