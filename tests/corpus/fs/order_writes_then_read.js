// Sequential async writes through callbacks, then one read: each step waits for the previous one.
const fs = require('fs');
const file = 'tmp_order_writes_then_read.txt';
let step = 0;
function next(err) {
  if (err) throw err;
  step++;
  if (step <= 3) fs.appendFile(file, `line ${step}\n`, next);
  else fs.readFile(file, 'utf8', (e, text) => { console.log(text); fs.unlinkSync(file); });
}
fs.writeFile(file, '', next);
