// for await over a readline interface on a file stream.
const fs = require('fs');
const readline = require('readline');
fs.writeFileSync('tmp_r03.txt', 'alpha\nbeta\ngamma\n');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream('tmp_r03.txt'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, line);
  console.log('done', n);
  fs.unlinkSync('tmp_r03.txt');
})();
