// The browser tests' shared set-up: dist/ served on loopback and Debian's headless chromium
// (playwright-core) with the flags the issue names and a fresh profile directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
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
