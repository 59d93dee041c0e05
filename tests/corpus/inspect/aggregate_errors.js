const util = require('util');
const agg = new AggregateError([new Error('one'), new TypeError('two'), 'three'], 'many failed');
const txt = util.inspect(agg).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
console.log(txt);
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e.constructor.name, e.message, e.errors.map((x) => x.message));
  console.log(util.inspect(e, { depth: 0 }).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
});
