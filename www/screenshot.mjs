// Takes the README's screenshot (docs/playground.png): the classic example run, a line hovered.
// `node www/screenshot.mjs [out.png]` after scripts/build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..', 'docs', 'playground.png'));
const server = await serve();
const profile = mkdtempSync(join(tmpdir(), 'looplab-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 1,
});
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.getByTestId('run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=output]')?.dataset.state === 'done');
  await page.getByTestId('output-line').filter({ hasText: /^Timeout$/ }).hover();
  await page.locator('.cm-scheduled-line').waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
