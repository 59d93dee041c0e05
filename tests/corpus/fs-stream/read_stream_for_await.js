// for await over a file read stream.
const fs = require('fs');
(async () => {
  let total = 0;
  let n = 0;
  for await (const chunk of fs.createReadStream('bigfile.txt')) {
    n++;
    total += chunk.length;
  }
  console.log('chunks', n, 'bytes', total);
})();
