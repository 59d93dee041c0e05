// readline over a file stream with for await, against timers.
const fs = require('fs');
const readline = require('readline');
fs.writeFileSync('tmp_rl_lines.txt', 'one\ntwo\nthree\n');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream('tmp_rl_lines.txt'), crlfDelay: Infinity });
  for await (const line of rl) console.log('line', line);
  console.log('lines done');
  fs.unlinkSync('tmp_rl_lines.txt');
})();
console.log('sync');
