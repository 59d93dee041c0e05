const { Readable } = require('stream');
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['one\ntwo\nth', 'ree\nfour\n']) });
  rl.on('close', () => console.log('closed'));
  for await (const line of rl) {
    console.log(line);
    if (line === 'three') break;
  }
  console.log('after loop', rl.closed);
})();
