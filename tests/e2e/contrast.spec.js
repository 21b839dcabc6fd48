// Text contrast as drawn: the canvas's own pixels, read back from screenshots. For each control on
// a screen, the most common colour in its rectangle is its background and the pixel furthest from it
// in luminance is its text; WCAG's 4.5:1 must hold between them. Run at DPR 3, where glyph stems are
// several pixels wide and their cores carry the text's full colour. Every text/background pair of the
// design is checked natively too (tests/unit/palette_test.cpp); this proves the screens use them,
// including a clinic's accent colour, which the app shades until it reads.
const { test, expect } = require('@playwright/test');
const { openApp, press, widget, expectScreen } = require('./helpers');

test.skip(({ isMobile }) => !isMobile, 'pixels are read at the phone project\'s DPR 3');

// Decodes a PNG inside the app's page (createImageBitmap from bytes: no URL, so the app's CSP allows
// it, and no second page that would send this one to the background) and measures its background and
// its strongest ink.
async function measure(page, png) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    const lum = (r, gg, b) => 0.2126 * lin(r) + 0.7152 * lin(gg) + 0.0722 * lin(b);
    const counts = new Map();
    for (let i = 0; i < px.length; i += 4) {
      const key = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let paper = 0, most = -1;
    for (const [k, n] of counts) if (n > most) { most = n; paper = k; }
    const lp = lum(paper >> 16, (paper >> 8) & 255, paper & 255);
    let ratio = 1, ink = paper;
    for (const k of counts.keys()) {
      const l = lum(k >> 16, (k >> 8) & 255, k & 255);
      const r = (Math.max(l, lp) + 0.05) / (Math.min(l, lp) + 0.05);
      if (r > ratio) { ratio = r; ink = k; }
    }
    const hex = (k) => '#' + k.toString(16).padStart(6, '0');
    return { paper: hex(paper), ink: hex(ink), ratio };
  }, png.toString('base64'));
}

// Every fully visible control below the title bar on the current screen, with its measured contrast.
async function controlsOnScreen(page) {
  const vp = page.viewportSize();
  const list = await page.evaluate(() => window.unclench.widgets());
  const shown = list.filter((w) => ['button', 'link', 'checkbox'].includes(w.role) && w.w >= 40 && w.h >= 40 &&
                                   w.y >= 80 && w.y + w.h <= vp.height && w.x >= 0 && w.x + w.w <= vp.width);
  const out = [];
  for (const w of shown) {
    // Inset past the control's outline and rounded corners: what is left is its fill and its text.
    const clip = { x: w.x + 6, y: w.y + 6, width: w.w - 12, height: w.h - 12 };
    out.push({ name: w.name, ...(await measure(page, await page.screenshot({ clip }))) });
  }
  return out;
}

async function expectReadable(page, where) {
  const measured = await controlsOnScreen(page);
  expect(measured.length, `controls measured on ${where}`).toBeGreaterThan(2);
  const faint = measured.filter((m) => m.ratio < 4.5);
  expect(faint, `${where}: controls whose text is under 4.5:1 on its background`).toEqual([]);
  return measured;
}

const looks = [
  { name: 'light', url: './', scheme: 'light' },
  { name: 'dark', url: './', scheme: 'dark' },
  { name: 'light with a pale clinic accent', url: './?accent=ffd23f', scheme: 'light' },
  { name: 'dark with a deep clinic accent', url: './?accent=1e3a8a', scheme: 'dark' },
];

for (const look of looks) {
  test(`controls on Home, Settings, the Player and the Summary read at 4.5:1 or more (${look.name})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: look.scheme });
    await openApp(page, look.url);
    await page.waitForTimeout(300);   // a URL's accent lands a frame after start-up
    const home = await expectReadable(page, `Home (${look.name})`);
    const relief = home.find((m) => m.name.startsWith('Relief now'));
    expect(relief, 'the Relief now button was measured').toBeTruthy();
    if (look.url.includes('accent=')) {
      const given = '#' + look.url.split('accent=')[1];
      expect(relief.paper, 'the clinic colour is shaded, not used as given').not.toBe(given);
    }
    await press(page, 'Settings');
    await expectScreen(page, 'settings');
    await page.waitForTimeout(200);
    await expectReadable(page, `Settings (${look.name})`);

    // The Player, paused on its first exercise (its caution card too), and the Summary with a pain
    // level chosen: the white digit on that level's colour.
    await press(page, 'Back');
    await expectScreen(page, 'home');
    await press(page, 'Relief now');
    await expectScreen(page, 'player');
    await press(page, 'Pause');
    await widget(page, 'Resume');
    const player = await expectReadable(page, `Player (${look.name})`);
    expect(player.map((m) => m.name)).toEqual(expect.arrayContaining(['Resume', 'Stop, it hurts']));
    await press(page, 'Stop, it hurts');
    await expectScreen(page, 'summary');
    await press(page, 'Pain now: 7');
    await page.waitForTimeout(200);
    const summary = await expectReadable(page, `Summary (${look.name})`);
    expect(summary.map((m) => m.name)).toContain('Pain now: 7');
  });
}
