// AggregateError lists its errors.
const a = new Error('a');
a.stack = 'Error: a';
const agg = new AggregateError([a], 'many');
agg.stack = 'AggregateError: many\n    at agg (g.js:1:1)';
console.log(agg);
