// Browser tests of the tutorial (#learn), the quiz (#quiz), the Node-versus-browser switch and
// ?embed: dist/ served on loopback, driven in Debian's headless chromium by playwright-core.
// Right answers are read from node's recordings (www/learn/**/*.out), never typed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import lz from 'lz-string';
import { launch } from './browser.mjs';

const CONTENT = join(dirname(fileURLToPath(import.meta.url)), '..', 'learn');

let base;
let context;
let close;
const pageErrors = [];

before(async () => {
  ({ base, context, close } = await launch({ width: 1280, height: 900 }));
});

after(async () => {
  await close?.();
});

/** A fresh page on `path`, local storage set to `stored` (key to value) first. */
async function open(path, stored = {}) {
  const page = await context.newPage();
  page.on('pageerror', (e) => { pageErrors.push(e.message); console.error('page error:', e.message); });
  await page.goto(base);
  await page.evaluate((s) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, stored);
  await page.goto(base + path);
  if (path.includes('#')) await page.reload();
  return page;
}

/** What node printed for a content snippet (the first ordering, for a race). */
function recorded(rel) {
  const stem = join(CONTENT, rel).replace(/\.m?js$/, '');
  let text;
  try { text = readFileSync(`${stem}.out`, 'utf8'); } catch { text = readFileSync(`${stem}.outs`, 'utf8').split('=====\n')[0]; }
  return text.replace(/\n$/, '').split('\n');
}

const cardTexts = (page) => page.getByTestId('predict-item')
  .evaluateAll((els) => els.map((e) => e.querySelector('.card-text').textContent));

/** Put the cards in `expected` order with the move-up buttons. */
async function arrange(page, expected) {
  const items = page.getByTestId('predict-item');
  for (let target = 0; target < expected.length; target++) {
    let at = (await cardTexts(page)).indexOf(expected[target], target);
    while (at > target) {
      await items.nth(at).getByTestId('move-up').click();
      at -= 1;
    }
  }
  assert.deepEqual(await cardTexts(page), expected);
}

async function waitOutput(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid=output]');
    return el && ['done', 'error'].includes(el.dataset.state);
  }, null, { timeout: 60_000 });
}

test('the lessons are listed; a lesson opens, runs its snippet and its exercise, and is remembered', async () => {
  const page = await open('#learn');
  const links = page.getByTestId('lesson-link');
  await links.first().waitFor();
  assert.ok(await links.count() >= 12);
  assert.equal(await links.first().getAttribute('data-read'), 'false');
  await links.nth(2).click();
  const lesson = page.getByTestId('lesson');
  await page.waitForFunction(() => location.hash === '#learn/phases');
  assert.match(await lesson.locator('h2').textContent(), /phases/i);
  // A snippet opens in the editor and runs.
  const open1 = page.getByTestId('lesson-open').first();
  await page.waitForFunction(() => document.querySelector('[data-testid=lesson-open]')?.disabled === false);
  await open1.click();
  await waitOutput(page);
  const lines = await page.getByTestId('output-line').evaluateAll((els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, recorded('snippets/phases-tour.js'));
  // The exercise: predict, sort, check.
  await page.getByTestId('lesson-predict').click();
  await page.getByTestId('predict-item').first().waitFor();
  await arrange(page, recorded('snippets/phases-exercise.js'));
  await page.getByTestId('predict-check').click();
  assert.equal(await page.getByTestId('predict-result').getAttribute('data-correct'), 'true');
  // Back on the index: read and solved, also after a reload.
  await page.getByTestId('nav-learn').click();
  const third = page.getByTestId('lesson-link').nth(2);
  await third.waitFor();
  assert.equal(await third.getAttribute('data-solved'), 'true');
  await page.reload();
  await page.getByTestId('lesson-link').first().waitFor();
  assert.equal(await page.getByTestId('lesson-link').nth(2).getAttribute('data-read'), 'true');
  assert.equal(await page.getByTestId('lesson-link').nth(2).getAttribute('data-solved'), 'true');
  assert.match(await page.getByTestId('learn-progress').textContent(), /1 of \d+ lessons read · 1 exercises solved/);
  await page.close();
});

test('quiz: a right answer and a wrong one update the score and streak, and a reload keeps them', async () => {
  const page = await open('#quiz');
  const questions = page.getByTestId('quiz-question');
  await questions.first().waitFor();
  assert.ok(await questions.count() >= 40);
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '0');

  // Right: sort the cards as node printed them.
  await page.goto(`${base}#quiz/q02-promise-vs-timeout`);
  await page.getByTestId('predict-item').first().waitFor();
  // The loop view would give the answer away: it appears only once the question is answered.
  assert.equal(await page.getByTestId('loop-view').count(), 0);
  await arrange(page, recorded('quiz/q02-promise-vs-timeout.js'));
  await page.getByTestId('predict-check').click();
  assert.equal(await page.getByTestId('quiz-result').getAttribute('data-correct'), 'true');
  await page.getByTestId('loop-view').waitFor();
  await page.getByTestId('trace-last').click();
  assert.deepEqual(await page.getByTestId('trace-output-line').evaluateAll((els) =>
    els.map((e) => e.querySelector('.text').textContent)), recorded('quiz/q02-promise-vs-timeout.js'));
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '1');
  assert.equal(await page.getByTestId('streak').getAttribute('data-streak'), '1');
  // The per-line reasons are shown after answering.
  assert.match(await page.getByTestId('predict-result').textContent(), /Right/);

  // Wrong: the cards are dealt in an order that is not an answer; check it as dealt.
  await page.getByTestId('quiz-next').click();
  await page.waitForFunction(() => location.hash === '#quiz/q03-nexttick-vs-promise');
  await page.getByTestId('predict-item').first().waitFor();
  assert.notDeepEqual(await cardTexts(page), recorded('quiz/q03-nexttick-vs-promise.js'));
  await page.getByTestId('predict-check').click();
  assert.equal(await page.getByTestId('quiz-result').getAttribute('data-correct'), 'false');
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '1');
  assert.equal(await page.getByTestId('streak').getAttribute('data-streak'), '0');
  // Only the first check of a visit counts.
  await arrange(page, recorded('quiz/q03-nexttick-vs-promise.js'));
  await page.getByTestId('predict-check').click();
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '1');

  // A multiple-choice question, answered from the run: the first line node printed.
  await page.goto(`${base}#quiz/q04-two-timeouts`);
  const choices = page.getByTestId('choice');
  await choices.first().waitFor();
  assert.equal(await page.getByTestId('loop-view').count(), 0);
  await choices.getByText(recorded('quiz/q04-two-timeouts.js')[0], { exact: true }).click();
  assert.equal(await page.getByTestId('quiz-result').getAttribute('data-correct'), 'true');
  await page.getByTestId('loop-view').waitFor();
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '2');
  await page.getByTestId('output').waitFor();

  // A reload keeps the score and the marks.
  await page.goto(`${base}#quiz`);
  await page.reload();
  await page.getByTestId('quiz-question').first().waitFor();
  assert.equal(await page.getByTestId('score').getAttribute('data-score'), '2');
  assert.equal(await page.locator('[data-testid=quiz-question][href="#quiz/q03-nexttick-vs-promise"]').getAttribute('data-result'), 'false');
  assert.equal(await page.locator('[data-testid=quiz-question][href="#quiz/q02-promise-vs-timeout"]').getAttribute('data-result'), 'true');
  assert.match(await page.getByTestId('topics').textContent(), /nextTick/);
  await page.close();
});

test('a damaged stored progress is ignored, not a crash', async () => {
  for (const damaged of ['{broken', '[1,2,3]', '{"version":99,"answers":{"x":true}}', '{"version":1,"streak":"many"}']) {
    const before = pageErrors.length;
    const page = await open('#quiz', { 'looplab.progress': damaged });
    await page.getByTestId('quiz-question').first().waitFor();
    assert.equal(await page.getByTestId('score').getAttribute('data-score'), '0', damaged);
    // And answering saves a fresh, readable value.
    await page.goto(`${base}#quiz/q01-sync-first`);
    await page.getByTestId('predict-item').first().waitFor();
    await page.getByTestId('predict-check').click();
    await page.getByTestId('quiz-result').waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('looplab.progress')));
    assert.equal(stored.version, 1);
    assert.equal(pageErrors.length, before, `page errors with ${damaged}`);
    await page.close();
  }
});

test('the browser switch: setTimeout(0) against a promise, as Chromium itself runs it', async () => {
  const code = readFileSync(join(CONTENT, 'snippets', 'browser-classic.js'), 'utf8');
  const page = await open(`#code/${lz.compressToEncodedURIComponent(code)}`);
  await page.getByTestId('mode-browser').click();
  assert.equal(await page.getByTestId('mode-browser').getAttribute('aria-pressed'), 'true');
  await page.getByTestId('run').click();
  await page.getByTestId('compare').waitFor({ timeout: 60_000 });
  const column = (id) => page.getByTestId(id).getByTestId('compare-line')
    .evaluateAll((els) => els.map((e) => [e.querySelector('code').textContent, e.dataset.queue]));
  const browser = await column('compare-browser');
  const node = await column('compare-node');
  assert.deepEqual(browser, [['script', 'main'], ['promise', 'microtask'], ['timeout', 'timers']]);
  assert.deepEqual(node.map(([t]) => t), recorded('snippets/browser-classic.js'));
  // The same snippet in this page's own realm, under Chromium's real event loop.
  const real = await page.evaluate((src) => new Promise((resolve) => {
    const out = [];
    const log = (s) => out.push(String(s));
    new Function('console', src)({ log });
    setTimeout(() => resolve(out), 50);
  }), code);
  assert.deepEqual(browser.map(([t]) => t), real);

  // Node's globals are not there: the same ReferenceError as Chromium's.
  const nodeOnly = 'console.log(typeof window);\nprocess.nextTick(() => {});\n';
  await page.goto(`${base}#code/${lz.compressToEncodedURIComponent(nodeOnly)}`);
  await page.reload();
  await page.getByTestId('mode-browser').click();
  await page.getByTestId('run').click();
  await page.getByTestId('compare').waitFor({ timeout: 60_000 });
  const lines = await column('compare-browser');
  const chromiumMessage = await page.evaluate(() => { try { process.nextTick(); } catch (e) { return `${e.name}: ${e.message}`; } });
  assert.deepEqual(lines, [['object', 'main'], [`Uncaught ${chromiumMessage}`, 'main']]);
  // Back to Node: one output, no comparison.
  await page.getByTestId('mode-node').click();
  await page.getByTestId('run').click();
  await page.getByTestId('compare').waitFor({ state: 'detached' });
  await waitOutput(page);
  assert.equal(await page.getByTestId('compare').count(), 0);
  await page.close();
});

test('?embed shows only the editor, Run, Predict and the output', async () => {
  const code = "setTimeout(() => console.log('b'), 0);\nconsole.log('a');\n";
  const page = await open(`?embed#code/${lz.compressToEncodedURIComponent(code)}`);
  await page.getByTestId('embed').waitFor();
  for (const gone of ['examples', 'share', 'mode', 'nav-learn', 'mode-browser']) {
    assert.equal(await page.getByTestId(gone).count(), 0, gone);
  }
  assert.equal(await page.locator('header, footer').count(), 0);
  await page.getByTestId('run').click();
  await waitOutput(page);
  const lines = await page.getByTestId('output-line').evaluateAll((els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, ['a', 'b']);
  await page.getByTestId('predict').click();
  await page.getByTestId('predict-item').first().waitFor();
  assert.equal(await page.getByTestId('predict-item').count(), 2);
  // Sized for an iframe: nothing scrolls the page itself at a small size.
  await page.setViewportSize({ width: 600, height: 400 });
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(overflow <= 1, `the page scrolls by ${overflow}px`);
  await page.close();
});
