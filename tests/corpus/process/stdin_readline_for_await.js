// readline's async iterator over piped stdin (crlfDelay: Infinity), then isTTY of a pipe.
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, line);
  console.log('done', n, process.stdin.isTTY);
})();
