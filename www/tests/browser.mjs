// The browser tests' shared set-up: dist/ served on loopback and Debian's headless chromium
// (playwright-core) with the flags the issue names and a fresh profile directory, and the
// helpers every test file uses to open the playground and run a snippet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import lz from 'lz-string';
import { serve } from '../serve.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serve dist/ and launch chromium; `close()` undoes both. */
export async function launch(viewport) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'looplab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport,
  });
  const close = async () => {
    await context?.close();
    server?.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { base, context, close };
}

/** Launch before the file's tests and close after; the returned object fills in at `before`. */
export function useBrowser(viewport = { width: 1280, height: 800 }) {
  const env = {};
  before(async () => Object.assign(env, await launch(viewport)));
  after(async () => env.close?.());
  return env;
}

/** A fresh page on `path`, local storage cleared and then set to `stored` (key to value). */
export async function openPage(env, path = '', stored = {}) {
  const page = await env.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(env.base);
  await page.evaluate((s) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, stored);
  await page.goto(env.base + path);
  if (path.includes('#')) await page.reload();
  return page;
}

/** The share-link suffix that opens `code`. */
export const link = (code, query = '') => `${query}#code/${lz.compressToEncodedURIComponent(code)}`;

/** Press Run and wait until the output panel reports one of `states`. */
export async function runAndWait(page, states = ['done', 'error']) {
  await page.getByTestId('run').click();
  await page.waitForFunction((s) => {
    const el = document.querySelector('[data-testid=output]');
    return el && s.includes(el.dataset.state);
  }, states, { timeout: 60_000 });
}
