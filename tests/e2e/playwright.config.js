// Browser tests: Debian's Chromium (never a downloaded browser) drives the built app served from dist/.
const { defineConfig } = require('@playwright/test');
const path = require('path');

const PORT = Number(process.env.UNCLENCH_TEST_PORT || 8181);
const root = path.resolve(__dirname, '../..');

// Flags from shared/TOOLCHAIN.md: software WebGL, no background traffic, and loopback only.
const chromiumArgs = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js$/,
  timeout: 60_000,
  workers: 1,
  retries: 1,   // software WebGL on 2 cores: one retry absorbs a slow frame; a real failure fails twice
  reporter: [['list'], ['json', { outputFile: path.join(root, 'build/e2e-results.json') }]],
  outputDir: path.join(root, 'build/e2e-output'),
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    serviceWorkers: 'allow',
  },
  webServer: {
    command: `/usr/bin/python3 ${root}/scripts/serve.py ${path.resolve(root, process.env.UNCLENCH_DIST || 'dist')} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true } },
  ],
});
