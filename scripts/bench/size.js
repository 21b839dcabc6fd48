// First-load size of one build, file by file: what the browser fetches on a first visit (page and
// service worker precache, as scripts/bench/measure.js firstLoad counts it) with raw, gzip -9 and
// brotli 11 sizes, and the total against the 400 KB gzip budget.
//
//   NODE_PATH=/usr/share/nodejs node scripts/bench/size.js [DIST=dist] [PORT=8340]
'use strict';
const path = require('path');
const b = require('./browser');
const m = require('./measure');

const BUDGET_GZIP = 400 * 1024;
const [distArg, portText] = process.argv.slice(2);
const dist = path.resolve(distArg || 'dist');
const port = Number(portText || 8340);

const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padStart(n);

async function main() {
  const server = await b.serve(dist, port);
  const browser = await b.launch();
  let result;
  try {
    result = await m.firstLoad(browser, server);
  } finally {
    await browser.close();
    server.stop();
  }
  const names = Object.keys(result.files).sort((x, y) => result.files[y].gzip - result.files[x].gzip);
  const width = Math.max(8, ...names.map((n) => n.length));
  console.log(`| ${'file'.padEnd(width)} | raw KB | gzip KB | brotli KB |`);
  console.log(`| ${'-'.repeat(width)} | -----: | ------: | --------: |`);
  for (const n of [...names, 'total']) {
    const s = n === 'total' ? result.total : result.files[n];
    console.log(`| ${n.padEnd(width)} | ${pad(kb(s.raw), 6)} | ${pad(kb(s.gzip), 7)} | ${pad(kb(s.brotli), 9)} |`);
  }
  const ok = result.total.gzip <= BUDGET_GZIP;
  console.log(`\n${result.total.gzip} bytes gzip in ${names.length} files: ${ok ? 'PASS' : 'FAIL'} (budget ${kb(BUDGET_GZIP)} KB)`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => { console.error(e); process.exit(2); });
