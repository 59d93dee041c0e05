// An ES module namespace object.
import('node:path').then((ns) => {
  const util = require('util');
  const s = util.inspect(ns);
  console.log(s.slice(0, 30), s.includes('basename: [Function: basename]'));
});
