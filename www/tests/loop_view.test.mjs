// Browser tests of the loop view: step through a run (forwards, backwards, by keyboard), the
// queues at chosen steps, the phases, a request in flight, hover to the scheduling line, and
// the schedules of a race. Uses the testing contract of issue 7 (data-testid trace-*, phase,
// queue, queue-item).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, link, runAndWait } from './browser.mjs';

const env = useBrowser();

/** A fresh page on `path` with empty local storage, the app mounted. */
async function open(env, path = '') {
  const page = await openPage(env, path);
  await page.getByTestId('run').waitFor();
  return page;
}

/** The loop view as the learner sees it: step, event, active phase, each queue's cards. */
async function picture(page) {
  return page.evaluate(() => {
    const view = document.querySelector('[data-testid=loop-view]');
    const queues = {};
    for (const q of document.querySelectorAll('[data-testid=queue]')) {
      queues[q.dataset.queue] = [...q.querySelectorAll('[data-testid=queue-item]')].map((i) => i.textContent);
    }
    const active = [...document.querySelectorAll('[data-testid=phase][data-active=true]')].map((p) => p.dataset.phase);
    const current = document.querySelector('[data-testid=trace-output-line][data-current=true]');
    return {
      step: Number(view.dataset.step),
      steps: Number(view.dataset.steps),
      event: view.dataset.event,
      callback: view.dataset.callback,
      active,
      queues,
      rule: document.querySelector('[data-testid=trace-rule]').textContent,
      printed: [...document.querySelectorAll('[data-testid=trace-output-line] .text')].map((l) => l.textContent),
      current: current ? current.querySelector('.text').textContent : null,
    };
  });
}

/** Wait until the loop view shows step `n`. */
async function atStep(page, n) {
  await page.waitForFunction((k) => Number(document.querySelector('[data-testid=loop-view]').dataset.step) === k, n);
  return picture(page);
}

const counts = (p) => Object.fromEntries(Object.entries(p.queues).map(([q, items]) => [q, items.length]));

/** Click trace-next until `pred(picture)` holds; fails at the last step. */
async function stepUntil(page, pred, what) {
  for (;;) {
    const p = await picture(page);
    if (pred(p)) return p;
    assert.ok(p.step < p.steps - 1, `reached the last step without: ${what}`);
    await page.getByTestId('trace-next').click();
    await page.waitForFunction((s) => Number(document.querySelector('[data-testid=loop-view]').dataset.step) > s, p.step);
  }
}

test('the classic example, step by step: queues after the main script, then emptied in Node\'s order', async () => {
  const page = await open(env);
  await runAndWait(page);
  const view = page.getByTestId('loop-view');
  await view.waitFor();
  const start = await picture(page);
  assert.equal(start.step, 0);
  assert.deepEqual(Object.keys(start.queues).sort(),
    ['check', 'close', 'microtask', 'nextTick', 'pending', 'poll', 'stack', 'timers']);
  assert.ok(Object.values(counts(start)).every((n) => n === 0), 'nothing queued before the main script');
  assert.deepEqual(start.active, []);

  // The main script is running: it is on the stack.
  const running = await stepUntil(page, (p) => p.event === 'started' && p.callback === '0', 'main starts');
  assert.match(running.queues.stack[0], /main script/);

  // After the main script: one nextTick, one promise reaction, one timer, one immediate.
  const afterMain = await stepUntil(page, (p) => p.event === 'finished' && p.callback === '0', 'main finishes');
  assert.deepEqual(counts(afterMain), { stack: 0, nextTick: 1, microtask: 1, timers: 1, pending: 0, poll: 0, check: 1, close: 0 });
  // Due 1 ms after it was armed (the clock by then includes the first console.log's cost).
  assert.match(afterMain.queues.timers[0], /setTimeout.*due at [\d.]+ ms.*line 3/);
  assert.match(afterMain.queues.check[0], /setImmediate.*line 4/);
  assert.match(afterMain.rule, /drains the nextTick queue, then the microtask queue/);
  assert.deepEqual(afterMain.printed, ['Start', 'End']);

  // Stepping back restores the previous picture exactly; stepping forward again returns.
  await page.getByTestId('trace-prev').click();
  const back = await atStep(page, afterMain.step - 1);
  assert.equal(back.queues.stack.length, 1);
  assert.equal(back.queues.nextTick.length, 1);
  await page.getByTestId('trace-next').click();
  assert.deepEqual(await atStep(page, afterMain.step), afterMain);

  // Hovering a card highlights the line that queued it.
  await page.locator('[data-queue=timers] [data-testid=queue-item]').hover();
  await page.waitForFunction(() => /setTimeout/.test(document.querySelector('.cm-scheduled-line')?.textContent ?? ''));

  // Each queue empties in Node's order. The timer and the immediate race (node prints either
  // first); the default schedule is one of them, the other schedule the other.
  const emptied = {};
  let p = afterMain;
  while (p.step < p.steps - 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((s) => Number(document.querySelector('[data-testid=loop-view]').dataset.step) > s, p.step);
    p = await picture(page);
    for (const q of ['nextTick', 'microtask', 'timers', 'check']) {
      if (emptied[q] === undefined && p.queues[q].length === 0) emptied[q] = p.step;
    }
    if (p.event === 'started' && p.queues.stack.some((c) => /setImmediate/.test(c))) {
      assert.deepEqual(p.active, ['check'], 'the immediate runs in the check phase');
    }
    if (p.event === 'started' && p.queues.stack.some((c) => /setTimeout/.test(c))) {
      assert.deepEqual(p.active, ['timers'], 'the timeout runs in the timers phase');
    }
  }
  assert.ok(emptied.nextTick < emptied.microtask, 'nextTick before microtasks');
  assert.ok(emptied.microtask < emptied.check, 'microtasks before the check phase');
  const raced = ['Immediate', 'Timeout'];
  const firstOrder = p.printed.indexOf('Immediate') < p.printed.indexOf('Timeout') ? raced : [...raced].reverse();
  assert.equal(emptied.check < emptied.timers, firstOrder[0] === 'Immediate', 'the phases empty in the printed order');
  assert.deepEqual(p.printed, ['Start', 'End', 'nextTick', 'promise', ...firstOrder]);

  // First and last.
  await page.getByTestId('trace-first').click();
  assert.ok(Object.values(counts(await atStep(page, 0))).every((n) => n === 0));
  await page.getByTestId('trace-last').click();
  await atStep(page, p.steps - 1);

  // The race: the other schedule runs them the other way round.
  const options = page.getByTestId('schedule-option');
  assert.equal(await options.count(), 2);
  await options.nth(1).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=schedule-option][aria-checked=true]')
    ?.textContent.startsWith('2'));
  assert.match(await page.getByTestId('schedule-divergence').textContent(), /timer due within the next millisecond/);
  // The keyboard: End goes to the last step, Home to the first.
  await view.focus();
  await page.keyboard.press('Home');
  const first = await atStep(page, 0);
  await page.keyboard.press('End');
  const other = await atStep(page, first.steps - 1);
  assert.deepEqual(other.printed, ['Start', 'End', 'nextTick', 'promise', ...[...firstOrder].reverse()]);
  await page.close();
});

test('fs.readFile: the request in flight, then its callback in the poll phase', async () => {
  const code = 'const fs = require("fs");\n'
    + 'fs.readFile(__dirname + "/file.txt", "utf8", (err, text) => {\n'
    + '  console.log("read", text.length);\n'
    + '});\n'
    + 'console.log("reading");\n';
  const page = await open(env, link(code));
  await runAndWait(page);
  await page.getByTestId('loop-view').waitFor();
  const inFlight = await stepUntil(page, (p) => p.queues.poll.length > 0, 'a request in flight');
  assert.match(inFlight.queues.poll[0], /fs\.readFile.*waits for a thread of libuv's pool.*line 2/);
  assert.equal(inFlight.queues.stack.length, 1, 'submitted by the main script');
  const completed = await stepUntil(page, (p) => p.event === 'requestCompleted', 'a request completes');
  assert.deepEqual(completed.active, ['poll']);
  assert.match(completed.queues.poll[0], /complete/);
  const printed = await stepUntil(page, (p) => p.current?.startsWith('read '), 'the callback prints');
  assert.deepEqual(printed.active, ['poll']);
  assert.match(printed.queues.stack.join(' '), /fs\.readFile/);
  assert.equal(printed.current, 'read 73');
  await page.close();
});

test('the loop view stacks on a phone', async () => {
  const page = await open(env);
  await page.setViewportSize({ width: 390, height: 844 });
  await runAndWait(page);
  const view = page.getByTestId('loop-view');
  await view.waitFor();
  const box = await view.boundingBox();
  assert.ok(box.width <= 390, `loop view ${box.width}px wide`);
  const ring = await page.locator('.ring').boundingBox();
  const queues = await page.locator('.queues').boundingBox();
  assert.ok(queues.y >= ring.y + ring.height - 1, 'queues below the phases');
  await page.close();
});

test('predict mode keeps the loop view hidden until the prediction is checked', async () => {
  const code = 'setTimeout(() => console.log("timeout"), 0);\n'
    + 'Promise.resolve().then(() => console.log("promise"));\n'
    + 'console.log("sync");\n';
  const page = await open(env, link(code, '?predict=1'));
  await page.getByTestId('predict-item').first().waitFor();
  assert.equal(await page.getByTestId('loop-view').count(), 0);
  await page.getByTestId('predict-check').click();
  await page.getByTestId('predict-result').waitFor();
  await page.getByTestId('loop-view').waitFor();
  await page.getByTestId('trace-last').click();
  const last = await picture(page);
  assert.deepEqual(last.printed, ['sync', 'promise', 'timeout']);
  await page.close();
});

test('a worker thread: its lines are tagged with its lane, listed with how it ended, and its start and end are steps', async () => {
  const code = 'const { Worker } = require("worker_threads");\n'
    + 'const w = new Worker("require(\'worker_threads\').parentPort.postMessage(6 * 7); console.log(\'in the worker\');", { eval: true });\n'
    + 'w.on("message", (n) => console.log("answer", n));\n'
    + 'w.on("exit", (code) => console.log("worker exited", code));\n';
  const page = await open(env, link(code));
  await runAndWait(page);
  const tagged = await page.getByTestId('output-line').evaluateAll((els) =>
    els.map((e) => [e.textContent, e.dataset.lane ?? null]));
  assert.deepEqual(tagged.find(([text]) => text === 'in the worker'), ['in the worker', 'worker 1']);
  assert.deepEqual(tagged.find(([text]) => text === 'answer 42'), ['answer 42', null]);
  const lane = page.getByTestId('lane');
  assert.equal(await lane.count(), 1);
  assert.equal(await lane.getAttribute('data-kind'), 'worker');
  assert.match(await lane.textContent(), /worker 1.*\[worker eval\].*threadId 1, started by main, exit code 0/);
  await page.getByTestId('loop-view').waitFor();
  const started = await stepUntil(page, (p) => p.event === 'laneStarted', 'the worker starts');
  assert.match(started.rule, /worker thread 1 .*its own engine, memory and event loop/);
  const ended = await stepUntil(page, (p) => p.event === 'laneExited', 'the worker exits');
  assert.match(ended.rule, /worker thread 1 .*exited with code 0/);
  await page.close();
});
