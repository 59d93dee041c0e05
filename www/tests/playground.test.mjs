// Browser tests of the playground: dist/ served on loopback, driven in Debian's headless
// chromium by playwright-core (fresh profile). Run by scripts/test after scripts/build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lz from 'lz-string';
import { useBrowser, openPage, link, runAndWait } from './browser.mjs';

const env = useBrowser({ width: 1280, height: 800 });

/** A fresh page on `path` with empty local storage, the app mounted. */
async function open(path = '') {
  const page = await openPage(env, path);
  await page.getByTestId('run').waitFor();
  return page;
}

const output = (page) => page.getByTestId('output');

async function lines(page) {
  return page.getByTestId('output-line').evaluateAll((els) => els.map((e) => ({
    text: e.textContent, queue: e.dataset.queue, stream: e.dataset.stream })));
}

async function editorText(page) {
  return page.getByTestId('editor').evaluate((e) => e.innerText.replace(/\n$/, ''));
}

test('the classic example shows the right lines, tags and race', async () => {
  const page = await open();
  assert.match(await editorText(page), /console\.log\("Start"\)/);
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'done');
  const got = await lines(page);
  assert.deepEqual(got.slice(0, 4), [
    { text: 'Start', queue: 'main', stream: 'stdout' },
    { text: 'End', queue: 'main', stream: 'stdout' },
    { text: 'nextTick', queue: 'nextTick', stream: 'stdout' },
    { text: 'promise', queue: 'microtask', stream: 'stdout' },
  ]);
  const rest = got.slice(4).map((l) => `${l.text}/${l.queue}`).sort();
  assert.deepEqual(rest, ['Immediate/check', 'Timeout/timers']);
  assert.match(await page.getByTestId('exit-code').textContent(), /exit code 0/);
  // Both orders real Node can print are listed.
  assert.equal(await page.getByTestId('race-alternative').count(), 2);
  // Hovering a line highlights the line that scheduled it.
  await page.getByTestId('output-line').filter({ hasText: /^Timeout$/ }).hover();
  await page.locator('.cm-scheduled-line').waitFor();
  assert.match(await page.locator('.cm-scheduled-line').textContent(), /setTimeout/);
  assert.match(await page.getByTestId('line-detail').textContent(), /timers/);
  // Focus works too (keyboard users).
  await page.getByTestId('output-line').filter({ hasText: /^nextTick$/ }).focus();
  await page.waitForFunction(() => /nextTick\(/.test(document.querySelector('.cm-scheduled-line')?.textContent ?? ''));
  await page.close();
});

test('a syntax error shows its line and column', async () => {
  const page = await open(link('console.log("fine");\nlet x = ;\n'));
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'error');
  assert.match(await page.getByTestId('error-location').textContent(), /line 2, column 9/);
  const got = await lines(page);
  assert.ok(got.every((l) => l.stream === 'stderr'));
  assert.equal(got[0].text, '/home/learner/main.js:2');
  assert.ok(got.some((l) => l.text.startsWith('SyntaxError')));
  assert.match(await page.getByTestId('exit-code').textContent(), /exit code 1/);
  await page.close();
});

test('stderr is set apart and the exit code shown', async () => {
  const page = await open(link('console.log("out");\nconsole.error("err");\nprocess.exitCode = 3;\n'));
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'error');
  assert.deepEqual(await lines(page), [
    { text: 'out', queue: 'main', stream: 'stdout' },
    { text: 'err', queue: 'main', stream: 'stderr' },
  ]);
  assert.match(await page.getByTestId('exit-code').textContent(), /exit code 3/);
  await page.close();
});

test('predict: cards in shuffled order, reorder with the keyboard, check', async () => {
  const code = 'setTimeout(() => console.log("timeout"), 0);\n'
    + 'Promise.resolve().then(() => console.log("promise"));\n'
    + 'process.nextTick(() => console.log("tick"));\nconsole.log("main");\n';
  const expected = ['main', 'tick', 'promise', 'timeout'];
  const page = await open(link(code));
  await page.getByTestId('predict').click();
  const items = page.getByTestId('predict-item');
  await items.first().waitFor();
  const texts = async () => items.evaluateAll((els) => els.map((e) => e.querySelector('.card-text').textContent));
  const dealt = await texts();
  assert.deepEqual([...dealt].sort(), [...expected].sort());
  assert.notDeepEqual(dealt, expected);
  // No output is shown while predicting.
  assert.equal(await page.getByTestId('output-line').count(), 0);
  // A wrong order is judged wrong.
  await page.getByTestId('predict-check').click();
  assert.equal(await page.getByTestId('predict-result').getAttribute('data-correct'), 'false');
  // Sort with the keyboard: focus a card's move-up button and press Enter.
  for (let target = 0; target < expected.length; target++) {
    let now = await texts();
    let at = now.indexOf(expected[target], target);
    while (at > target) {
      await items.nth(at).getByTestId('move-up').focus();
      await page.keyboard.press('Enter');
      at -= 1;
      now = await texts();
      assert.equal(now[at], expected[target]);
    }
  }
  assert.deepEqual(await texts(), expected);
  await page.getByTestId('predict-check').click();
  const result = page.getByTestId('predict-result');
  assert.equal(await result.getAttribute('data-correct'), 'true');
  // move-down moves a card down; a fresh check then says which lines are misplaced, and why.
  await items.nth(0).getByTestId('move-down').click();
  await page.getByTestId('predict-check').click();
  assert.equal(await result.getAttribute('data-correct'), 'false');
  assert.match(await result.textContent(), /diverge at line 1/);
  assert.match(await result.textContent(), /nextTick/);
  await page.close();
});

test('predict accepts every order of a race', async () => {
  const code = 'setTimeout(() => console.log("Timeout"), 0);\nsetImmediate(() => console.log("Immediate"));\n';
  const page = await open(link(code, '?predict=1'));
  const items = page.getByTestId('predict-item');
  await items.first().waitFor();
  const first = await items.evaluateAll((els) => els.map((e) => e.querySelector('.card-text').textContent));
  await page.getByTestId('predict-check').click();
  const result = page.getByTestId('predict-result');
  assert.equal(await result.getAttribute('data-correct'), 'true', `dealt ${first}`);
  assert.match(await result.textContent(), /race/);
  await page.close();
});

test('share a snippet (mode and predict flag included) and reopen it', async () => {
  const page = await open();
  const code = 'const tag = "shared ✓";\nprocess.nextTick(() => console.log(tag));';
  await page.getByTestId('editor').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await page.getByTestId('mode').selectOption('esm');
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const parsed = new URL(url);
  assert.equal(parsed.searchParams.get('mode'), 'esm');
  assert.ok(parsed.hash.startsWith('#code/'));
  assert.equal(lz.decompressFromEncodedURIComponent(parsed.hash.slice(6)), code);
  await page.close();

  const other = await env.context.newPage();
  await other.goto(env.base);
  await other.evaluate(() => localStorage.clear());
  await other.goto(url);
  await other.getByTestId('run').waitFor();
  assert.equal(await editorText(other), code);
  assert.equal(await other.getByTestId('mode').inputValue(), 'esm');
  await runAndWait(other);
  assert.deepEqual((await lines(other)).map((l) => l.text), ['shared ✓']);
  await other.close();
});

test('a puzzle link opens in predict mode; cards move by drag and drop', async () => {
  const page = await open(link('console.log("b");\nPromise.resolve().then(() => console.log("a"));\n', '?predict=1'));
  const items = page.getByTestId('predict-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 2);
  const texts = () => items.evaluateAll((els) => els.map((e) => e.querySelector('.card-text').textContent));
  const before = await texts();
  await items.nth(1).dragTo(items.nth(0));
  assert.deepEqual(await texts(), [before[1], before[0]]);
  await page.close();
});

test('Stop ends an infinite loop at once, and the next run works', async () => {
  const page = await open(link('console.log("spinning");\nwhile (true) {}\n'));
  await page.getByTestId('run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=output]').dataset.state === 'running');
  await page.waitForTimeout(500);
  const t0 = Date.now();
  await page.getByTestId('stop').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=output]').dataset.state === 'stopped');
  assert.ok(Date.now() - t0 < 2000, 'stopped within 2 s');
  // The page stays responsive, and a fresh worker runs the next snippet.
  await page.getByTestId('examples').selectOption('nexttick-vs-promise');
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'done');
  assert.deepEqual((await lines(page)).map((l) => l.text),
    ['main done', 'nextTick 1', 'nextTick 2', 'promise 1', 'promise 2']);
  await page.close();
});

test('a runaway loop is ended by the limits with a message', async () => {
  const page = await open(link('let i = 0;\nwhile (true) { i++; }\n'));
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'error');
  assert.match(await page.getByTestId('limit').textContent(), /limits/);
  await page.close();
});

test('a runaway setInterval is ended by the limits with a message', async () => {
  const page = await open(link('let n = 0;\nsetInterval(() => { n++; }, 1000);\nconsole.log("started");\n'));
  const t0 = Date.now();
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'error');
  assert.match(await page.getByTestId('limit').textContent(), /limits/);
  assert.equal((await lines(page))[0].text, 'started');
  console.log(`runaway setInterval stopped after ${Date.now() - t0} ms`);
  await page.close();
});

test('a broken link shows a message and leaves the page usable', async () => {
  const page = await open('#code/this-is-not-lz-$$$');
  assert.match(await page.getByTestId('notice').textContent(), /broken/);
  assert.match(await editorText(page), /console\.log/);
  await runAndWait(page);
  assert.equal(await output(page).getAttribute('data-state'), 'done');
  await page.close();
});

test('the editor content survives a reload', async () => {
  const page = await open();
  await page.getByTestId('editor').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('console.log("kept after reload");');
  await page.reload();
  await page.getByTestId('run').waitFor();
  assert.equal(await editorText(page), 'console.log("kept after reload");');
  // Ctrl+Enter runs it.
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=output]').dataset.state === 'done');
  assert.deepEqual((await lines(page)).map((l) => l.text), ['kept after reload']);
  await page.close();
});

test('every example in the menu runs and prints', async () => {
  const page = await open();
  const ids = await page.getByTestId('examples').locator('option').evaluateAll(
    (opts) => opts.map((o) => o.value).filter(Boolean));
  assert.ok(ids.length >= 15);
  for (const id of ids) {
    await page.getByTestId('examples').selectOption(id);
    await runAndWait(page);
    assert.ok(await page.getByTestId('output-line').count() > 0, id);
  }
  await page.close();
});

test('the engine is loaded on the first run, not with the first page', async () => {
  const page = await open();
  const engineRequests = [];
  page.on('request', (r) => {
    if (r.url().includes('looplab-worker')) engineRequests.push(r.url());
  });
  await page.waitForTimeout(500);
  assert.equal(page.workers().length, 0, 'no worker before the first run');
  assert.deepEqual(engineRequests, []);
  await runAndWait(page);
  assert.equal(page.workers().length, 1);
  assert.ok((await page.getByTestId('output-line').count()) > 0);
  await page.close();
});
