// readline/promises: the input ends after two answers and closes the interface, so the second
// question rejects with ERR_USE_AFTER_CLOSE, thrown in Node's [kQuestion], unhandled.
const readline = require('readline/promises');
const { Readable } = require('stream');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['alice\n']), output: process.stdout, terminal: false });
  const a = await rl.question('Name? ');
  console.log('got', a);
  const b = await rl.question('Again? ');
  console.log('got', b);
})();
