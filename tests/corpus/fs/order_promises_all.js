// Promise.all over several fs.promises calls: results in argument order, whatever the completion order.
const fsp = require('fs/promises');
Promise.all([
  fsp.readFile('fixtures/hello.txt', 'utf8'),
  fsp.stat('fixtures/lines.txt').then((s) => s.size),
  fsp.readdir('fixtures'),
  fsp.access('fixtures/data.json').then(() => 'accessible'),
]).then((results) => console.log(results));
