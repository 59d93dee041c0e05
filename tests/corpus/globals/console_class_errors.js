// new Console's argument validation, in Node's words.
const { Console } = console;
const { Writable } = require('stream');
const sink = new Writable({ write(c, e, cb) { cb(); } });
const attempts = [
  () => new Console(),
  () => new Console({}),
  () => new Console({ stdout: {} }),
  () => new Console({ stdout: sink, stderr: 'nope' }),
  () => new Console(sink, {}),
  () => new Console({ stdout: sink, colorMode: 'sometimes' }),
  () => new Console({ stdout: sink, groupIndentation: -1 }),
  () => new Console({ stdout: sink, groupIndentation: 1001 }),
  () => new Console({ stdout: sink, groupIndentation: 1.5 }),
  () => new Console({ stdout: sink, groupIndentation: '2' }),
  () => new Console({ stdout: sink, inspectOptions: 'x' }),
  () => new Console({ stdout: sink, inspectOptions: null }),
  () => new Console({ stdout: sink, inspectOptions: { colors: true }, colorMode: false }),
  () => new Console({ stdout: sink }).table([], 'a'),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('ok');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
}
const ok = new Console({ stdout: sink, colorMode: true, groupIndentation: 0, ignoreErrors: false });
console.log(typeof ok.log, ok._ignoreErrors);
