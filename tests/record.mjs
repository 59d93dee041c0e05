#!/usr/bin/env node
// Re-records the expected outputs of the corpus by running real `node` on every case.
//
//   node tests/record.mjs                 # every case under tests/corpus
//   node tests/record.mjs tests/corpus/timers tests/corpus/x/foo.js
//   RUNS=50 node tests/record.mjs ...     # runs per case (default 30)
//
// For each case `name.js` (or `.mjs` / `.cjs`), run with its own directory as cwd:
//   name.out   stdout, when every run printed the same stdout
//   name.outs  every distinct stdout, sorted, joined by lines `=====`
//              (exactly what `looplab run name.js --all-orderings` prints)
//   name.err   stderr, when not empty (the case's directory replaced by `$DIR`, the pid in
//              `(node:<pid>)` warning prefixes by `$PID`)
//   name.code  the exit code, when not 0
// A case with a sibling `name.stdin` gets that file piped in (`cat name.stdin | node name.js`:
// a pipe whose writer is done before node first reads, as `echo hi | node name.js`); other
// cases get an empty pipe (spawnSync's stdin without `input`).
// Stale files of these kinds are removed. Expected outputs are never typed by hand.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.RUNS ?? 30);
const CASE_EXT = new Set(['.js', '.mjs', '.cjs']);

function* cases(path) {
  const st = statSync(path);
  if (st.isFile()) {
    if (CASE_EXT.has(extname(path))) yield resolve(path);
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    const full = join(path, entry);
    // `_`-prefixed files and `fixtures/` folders are helpers that cases require, not cases.
    if (entry.startsWith('_') || entry === 'fixtures') continue;
    yield* cases(full);
  }
}

function writeOrRemove(file, content) {
  if (content === null) {
    if (existsSync(file)) rmSync(file);
  } else {
    writeFileSync(file, content);
  }
}

function record(file) {
  const dir = dirname(file);
  const stem = join(dir, basename(file, extname(file)));
  const stdouts = new Map();
  let stderr = '';
  let code = 0;
  const stdinFile = `${stem}.stdin`;
  const piped = existsSync(stdinFile);
  // Through a shell, the warnings' pid is not the shell's (`r.pid`): any pid is `$PID` then.
  const [command, args] = piped
    ? ['/bin/sh', ['-c', 'cat "$0" | exec "$1" "$2"', basename(stdinFile), process.execPath, basename(file)]]
    : [process.execPath, [basename(file)]];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20000,
      // looplab's machine is in UTC, so node runs there too.
      env: { ...process.env, NODE_NO_WARNINGS: undefined, FORCE_COLOR: '0', NO_COLOR: '1', TZ: 'UTC' },
    });
    if (r.error) throw new Error(`${file}: ${r.error.message}`);
    stdouts.set(r.stdout, (stdouts.get(r.stdout) ?? 0) + 1);
    if (i === 0) {
      // Warnings print `(node:<pid>)`: the pid changes every run, so it is recorded as `$PID`.
      stderr = r.stderr.split(dir).join('$DIR');
      stderr = piped ? stderr.replace(/\(node:\d+\)/g, '(node:$PID)') : stderr.split(`(node:${r.pid})`).join('(node:$PID)');
      code = r.status ?? 128;
    }
  }
  const distinct = [...stdouts.keys()].sort();
  // The corpus runs in any checkout: a stdout naming this one's folder could only pass here.
  if (distinct.some((out) => out.includes(resolve(dir)))) {
    throw new Error(`${file}: stdout holds the case's absolute folder ${resolve(dir)}; print paths relative to __dirname`);
  }
  if (distinct.length === 1) {
    writeOrRemove(`${stem}.out`, distinct[0]);
    writeOrRemove(`${stem}.outs`, null);
  } else {
    writeOrRemove(`${stem}.out`, null);
    writeOrRemove(`${stem}.outs`, distinct.join('=====\n'));
  }
  writeOrRemove(`${stem}.err`, stderr === '' ? null : stderr);
  writeOrRemove(`${stem}.code`, code === 0 ? null : `${code}\n`);
  const tag = distinct.length === 1 ? '' : ` RACE: ${distinct.length} orderings ${JSON.stringify([...stdouts.values()])}`;
  console.log(`${file.slice(here.length + 1)}${code ? ` exit ${code}` : ''}${tag}`);
}

const roots = process.argv.slice(2);
for (const root of roots.length ? roots : [join(here, 'corpus')]) {
  // List the cases before recording: recording deletes stale .out/.outs files, which a lazy
  // directory walk would then fail to stat.
  for (const file of [...cases(root)]) record(file);
}
