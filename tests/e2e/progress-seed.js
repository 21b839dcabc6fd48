// Test data in the exact text the app stores: history months in history_codec.h's compact format, a
// format-1 (legacy) layout for migration, and backups in progress_backup.h's format. Plus page scripts
// (for page.addInitScript) that seed localStorage before the app loads.
const NS = 'unclench/default/';
const V2 = NS + 'v2/';
const DAY = 86400;

function monthKey(t) {
  const d = new Date(t * 1000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
function monthStart(key) {
  const [y, m] = key.split('-').map(Number);
  return Date.UTC(y, m - 1, 1) / 1000;
}

// A session with sensible defaults; `start` in epoch seconds (UTC; the tests run with timezoneId UTC).
function session(id, start, extra = {}) {
  return { id, routine_id: 'cat-camel', routine_name: 'Cat and camel', start, seconds: 420, tz: 0,
           active: 360, steps: 5, end: 0, before: -1, after: -1, note: '', ...extra };
}

// { 'unclench/default/v2/h/YYYY-MM': text } for a list of sessions, grouped by UTC month of their start.
function encodeMonths(sessions) {
  const months = {};
  for (const s of sessions) (months[monthKey(s.start)] ||= []).push(s);
  const out = {};
  for (const [key, list] of Object.entries(months)) {
    list.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    const routines = [];
    const rows = list.map((s) => {
      let ri = routines.findIndex((r) => r[0] === s.routine_id);
      if (ri < 0) { routines.push([s.routine_id, s.routine_name]); ri = routines.length - 1; }
      const row = [s.id, ri, s.start - monthStart(key), s.seconds, s.tz, s.active, s.steps, s.end, s.before, s.after];
      if (s.note || s.end === 2) row.push(s.note);
      if (s.end === 2) row.push(s.pain_item ?? 0, s.pain_phase ?? 'hold');
      return row;
    });
    out[V2 + 'h/' + key] = JSON.stringify({ r: routines, s: rows });
  }
  return out;
}

// A backup file's text (progress_backup.h), with the given sessions and raw extra entries.
function backupText(sessions, extraRaw = [], recovery = undefined) {
  const pain = (v) => (v < 0 ? null : v);
  return JSON.stringify({
    recovery,
    app: 'unclench', backup_format: 1, data_format: 2, exported_at: Math.floor(Date.now() / 1000), app_version: '0.1.0',
    routines: [],
    sessions: sessions.map((s) => ({
      id: s.id, routine_id: s.routine_id, routine_name: s.routine_name, start: s.start, end: s.start + s.seconds,
      tz_offset_min: s.tz, active_s: s.active, steps: 'd'.repeat(s.steps), ended: ['completed', 'early', 'pain'][s.end],
      pain_before: pain(s.before), pain_after: pain(s.after), note: s.note,
    })).concat(extraRaw),
    care: [],
  });
}

// Page script: write `entries` into localStorage once, before the app's first load in this context.
function seedScript(entries) {
  return { content: `(() => { const e = ${JSON.stringify(entries)};
    if (localStorage.getItem('test:seeded')) return; localStorage.setItem('test:seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); })();` };
}

const now = () => Math.floor(Date.now() / 1000);

// The recovery record (recovery_record.h, episode_json.cpp) of a back episode that began yesterday at
// pain 7, with one hard activity (a name a spreadsheet must not run) and today's check-in: pain 5, score 4.
function recoveryRecord() {
  const today = Math.floor(now() / DAY), at = now() - 60;
  return {
    lessons_read: ['common'],
    episode: {
      version: 1, started_day: today - 1, after_injury: false, start_pain: 7, created_at: at - DAY,
      activities: [{ id: 1, name: '=Socks, "on"', retired: false }],
      check_ins: [{ day: today, at, pain: 5, scores: [{ activity: 1, score: 4 }] }],
      phases: [{ phase: 'calm', day: today - 1, at: at - DAY, pain: 7, reason: 'Started in Calm' }],
      hurt: [], clinician_in_control: false, done: [],
    },
  };
}
// Noon UTC of the day `daysAgo` before today (today: a little before now, still today).
function noonDaysAgo(daysAgo) {
  const dayStart = Math.floor(now() / DAY) * DAY;
  if (daysAgo === 0) return Math.max(dayStart + 60, Math.min(dayStart + 12 * 3600, now() - 600));
  return dayStart - daysAgo * DAY + 12 * 3600;
}

// Scrolls the screen (mouse wheel over the canvas) until the named widget is fully in view, then taps it.
async function reveal(page, name) {
  const { widget } = require('./helpers');
  const vh = page.viewportSize().height;
  for (let i = 0; i < 40; i++) {
    const w = await widget(page, name);
    if (w.y >= 64 && w.y + w.h <= vh - 4) return w;
    await page.mouse.move(page.viewportSize().width / 2, vh / 2);
    await page.mouse.wheel(0, w.y < 64 ? -Math.max(120, 64 - w.y + 40) : Math.max(120, w.y + w.h - vh + 40));
    await page.waitForTimeout(120);
  }
  throw new Error('could not scroll to ' + name);
}
async function tap(page, name) {
  const { press } = require('./helpers');
  await reveal(page, name);
  await press(page, name);
}

module.exports = { reveal, tap, NS, V2, DAY, monthKey, session, encodeMonths, backupText, seedScript, now, noonDaysAgo,
  recoveryRecord };
