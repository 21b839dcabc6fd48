// The recovery companion in the built app: an episode started from Home (its three questions and a hard
// activity typed on the keyboard), the emergency signs asked again, the daily check-in, three days under
// a fake clock with the phase change said in words, items that tick themselves, "Stop, it hurts"
// leaving the exercise out of the next session, and a lesson read and marked.
const { test, expect } = require('@playwright/test');
const { PLAN_LINK, openApp, press, widget, expectScreen, diagnostics } = require('./helpers');
const { openAppWithFakeClock } = require('./cue_hooks');

test.use({ timezoneId: 'UTC' });

const KEY = 'unclench/default/v2/recovery';
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), KEY);
const DAY = 86400_000;
const names = (page) => page.evaluate(() => window.unclench.widgets().map((w) => w.name));

// From Home to day 1 of a plan: the three questions, one hard activity, then the emergency signs.
async function startEpisode(page, { pain, activity }) {
  await press(page, 'My back has gone');
  await expectScreen(page, 'episode-start');
  await press(page, `How bad is it now?: ${pain}`);
  if (activity) {
    await press(page, 'Hard activity 1');
    await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('text-input');
    await page.keyboard.type(activity);
  }
  await press(page, 'Start my plan');
  await expectScreen(page, 'safety');
  await widget(page, 'Get help now if any of these is true');
  await press(page, 'None of these');
  await press(page, 'Continue');
  await expectScreen(page, 'home');
}

async function checkIn(page, pain) {
  const list = await names(page);
  await press(page, list.includes('Daily check-in') ? 'Daily check-in' : 'Today\'s check-in: pain');
  await expectScreen(page, 'check-in');
  await press(page, `Pain now: ${pain}`);
  await press(page, 'Save check-in');
  const status = await page.waitForFunction(() => window.unclench.widgets().find((w) => w.role === 'status'));
  const words = (await status.jsonValue()).name;
  await press(page, 'Done');
  await expectScreen(page, 'home');
  return words;
}

test('a first episode: three questions, a hard activity, the emergency signs again, then day 1 of the plan', async ({ page }) => {
  const errors = await openApp(page);
  await startEpisode(page, { pain: 7, activity: 'Putting on socks' });
  expect((await diagnostics(page)).plan).toEqual({ phase: 'calm', day: 1, reason: expect.any(String) });
  await widget(page, 'Day 1: Calm');
  await widget(page, 'Daily check-in');
  const record = await stored(page);
  expect(record.episode.start_pain).toBe(7);
  expect(record.episode.activities.map((a) => a.name)).toEqual(['Putting on socks']);
  const words = await checkIn(page, 6);
  expect(words).toBe('Saved. Your plan stays in Calm.');
  expect((await stored(page)).episode.check_ins).toHaveLength(1);
  await widget(page, 'Today\'s check-in: pain 6, activities 5.0 of 10');
  expect(errors).toEqual([]);
});

test('three days of falling pain under a fake clock: the move to the next phase is said in words, and done items tick themselves', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await openAppWithFakeClock(page);
  await startEpisode(page, { pain: 8 });
  expect(await checkIn(page, 7)).toBe('Saved. Your plan stays in Calm.');

  // Reading today's lesson ticks its item in the plan.
  const row = (await names(page)).find((n) => n.startsWith('Read: '));
  expect(row).toBe("Read: Back spasms are common. today's lesson. Tap to read");
  await press(page, row);
  await expectScreen(page, 'lesson');
  await press(page, 'Mark as read');
  await expectScreen(page, 'home');
  expect((await stored(page)).lessons_read).toEqual(['common']);
  await widget(page, "Read: Back spasms are common. today's lesson. Done today");

  await page.clock.fastForward(DAY);   // no tap: the idle app wakes for the new day by itself
  await widget(page, 'Day 2: Calm');
  expect(await checkIn(page, 6)).toBe('Saved. Your plan stays in Calm.');
  await page.clock.fastForward(DAY);
  await widget(page, 'Day 3: Calm');
  expect(await checkIn(page, 5)).toBe('Moved to Move: your pain has dropped by 37% since day 1');
  await widget(page, 'Day 3: Move');
  expect((await diagnostics(page)).plan).toEqual({ phase: 'move', day: 3, reason: 'Moved to Move: your pain has dropped by 37% since day 1' });
});

test('"Stop, it hurts" steps the plan back and leaves that exercise out of the next session', async ({ page }) => {
  await openApp(page);
  await startEpisode(page, { pain: 6 });
  await press(page, 'Relief now');
  await expectScreen(page, 'player');
  const first = (await diagnostics(page)).session;
  await press(page, 'Stop, it hurts');
  await expectScreen(page, 'summary');
  await press(page, 'Save');
  await expectScreen(page, 'home');
  const record = await stored(page);
  expect(record.episode.hurt).toHaveLength(1);
  const hurt = record.episode.hurt[0].exercise_id;
  await press(page, 'Relief now');
  await expectScreen(page, 'player');
  const kept = await page.evaluate(() => localStorage.getItem('unclench/default/v2/session'));
  expect(kept).toContain('relief-now');
  expect(kept).not.toContain(`"${hurt}"`);
  expect(first.routine).toBe('relief-now');
});

test('the lessons list opens one lesson a day during an episode, and a lesson can be read aloud', async ({ page }) => {
  await openApp(page);
  await startEpisode(page, { pain: 5 });
  await press(page, 'Lessons');
  await expectScreen(page, 'lessons');
  const list = await names(page);
  expect(list.filter((n) => / opens on day /.test(n)).length).toBe(11);
  await press(page, 'Back spasms are common');
  await expectScreen(page, 'lesson');
  await press(page, 'Read it aloud');
  await press(page, 'Mark as read');
  await expectScreen(page, 'lessons');
  await widget(page, 'Back spasms are common. Read');
});

test('the plan maker writes the link a clinic sends: clinic, phase, routines with times a day, lessons', async ({ page }) => {
  await openApp(page);
  await press(page, 'Build a routine');
  await press(page, 'Plan for a patient');
  await expectScreen(page, 'plan-maker');
  await widget(page, 'Give the clinic\'s name and at least one routine to make the link.');
  await press(page, 'Clinic name');
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('text-input');
  await page.keyboard.type('Riverside Physio');
  await press(page, 'Move');
  await press(page, 'More Quick reset');
  await press(page, 'More Quick reset');
  await press(page, 'Scans are rarely needed');
  // The link follows every choice as it is made: polled until the last tap's frame is drawn.
  const link = () => page.evaluate(() => {
    const status = window.unclench.widgets().find((w) => w.name.startsWith('Plan link: '));
    return status ? new URL(status.name.slice('Plan link: '.length)).hash : '';
  });
  await expect.poll(link).toBe(PLAN_LINK);   // the plan the patient-side tests open
  await widget(page, 'QR code for the plan link');
});

test('a patient follows a clinic\'s plan link: Home says who set it, a check-in holds its phase, and control can be handed back', async ({ page }) => {
  test.setTimeout(180_000);   // many taps on the emulated phone's software renderer
  await openApp(page);
  await startEpisode(page, { pain: 8 });
  await page.evaluate((h) => { location.hash = h; }, PLAN_LINK);   // the link opened while the app runs
  await expectScreen(page, 'shared-plan');
  await widget(page, 'Set by Riverside Physio');
  await widget(page, 'Quick reset: Twice a day');
  await widget(page, 'Lesson: Scans are rarely needed');
  await press(page, 'Follow this plan');
  await expectScreen(page, 'home');
  expect(await page.evaluate(() => location.hash)).toBe('');
  await widget(page, 'Day 1: Move');
  await widget(page, 'Set by Riverside Physio');
  expect((await diagnostics(page)).plan.phase).toBe('move');
  const record = await stored(page);
  expect(record.episode.clinician.clinic).toBe('Riverside Physio');
  expect(record.episode.clinician_in_control).toBe(true);

  // A rise the app's own rules would step back for: the clinic's phase holds, and the words say so.
  expect(await checkIn(page, 10)).toMatch(/^Saved\. Your clinic's plan keeps you in Move\. The app would have stepped back to Calm/);
  expect((await diagnostics(page)).plan.phase).toBe('move');
  await press(page, 'Let the app adjust my plan');
  await expect.poll(async () => (await stored(page)).episode.clinician_in_control).toBeFalsy();
  await expect.poll(() => names(page)).not.toContain('Let the app adjust my plan');
});

test('a damaged plan link says so in words and leaves the plan as it was', async ({ page }) => {
  await openApp(page);
  await startEpisode(page, { pain: 6 });
  await page.evaluate(() => { location.hash = '#p=1.AAAAAAAA'; });
  await expectScreen(page, 'shared-plan');
  await widget(page, 'This plan link can\'t be opened');
  await press(page, 'Go to Home');
  await expectScreen(page, 'home');
  await widget(page, 'Day 1: Calm');
  expect((await stored(page)).episode.clinician_in_control).toBeFalsy();
});

test('after three days of check-ins Progress shows the episode: pain in words, the phase change, the activities and each day\'s plan', async ({ page }) => {
  test.setTimeout(150_000);   // three days of check-ins, then a long screen: phones at DPR 3 draw in software here
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  const errors = await openAppWithFakeClock(page);
  await startEpisode(page, { pain: 7, activity: 'Putting on socks' });
  await checkIn(page, 6);
  const lesson = (await names(page)).find((n) => n.startsWith('Read: '));
  await press(page, lesson);   // one plan item done on day 1
  await expectScreen(page, 'lesson');
  await press(page, 'Mark as read');
  await expectScreen(page, 'home');
  await page.clock.fastForward(DAY);
  await widget(page, 'Day 2: Calm');
  await checkIn(page, 5);
  await page.clock.fastForward(DAY);
  await widget(page, 'Day 3: Calm');
  await checkIn(page, 4);
  await widget(page, 'Day 3: Move');

  await press(page, 'Progress');
  await expectScreen(page, 'progress');
  await widget(page, 'This episode');
  await widget(page, 'Pain 7 on day 1, 4 today; a change you can feel.');
  await widget(page, 'Shaded: not yet a change you can feel. 5 or less is one.');
  await widget(page, 'Calm from day 1, Move from day 3.');
  await widget(page, 'Activities 5.0 on day 1, 5.0 today; within the scale\'s margin of error.');
  const lines = (await names(page)).filter((n) => /^Day \d+( \(today\))?: \d+ of \d+ done/.test(n));
  expect(lines).toEqual([
    expect.stringMatching(/^Day 3 \(today\): 0 of \d+ done so far$/),
    expect.stringMatching(/^Day 2: 0 of \d+ done$/),
    expect.stringMatching(/^Day 1: 1 of \d+ done$/),
  ]);
  // The same words reach the DOM mirror a screen reader reads.
  await expect(page.locator('#a11y').getByText('Pain 7 on day 1, 4 today; a change you can feel.')).toHaveCount(1);
  await expect(page.locator('#a11y').getByText('Day 1: 1 of', { exact: false })).toHaveCount(1);
  expect(errors).toEqual([]);
});
