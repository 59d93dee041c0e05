const e = new Error('with props'); e.code = 'E_CODE'; e.status = 404; e.stack = 'Error: with props\n    at f (a.js:1:1)';
console.log(e);
console.log({ err: e });
const t = new TypeError('bad type'); t.stack = 'TypeError: bad type'; console.log([t]);
const r = new RangeError(); r.stack = 'RangeError'; console.log(r);
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; this.field = 'email'; } }
const v = new ValidationError('invalid'); v.stack = v.stack.split('\n')[0]; console.log(v);
const agg = new AggregateError([new Error('a'), new Error('b')], 'multi'); agg.stack = 'AggregateError: multi';
agg.errors.forEach((x, i) => { x.stack = `Error: ${x.message}\n    at z${i} (q.js:1:1)`; });
console.log(agg);
