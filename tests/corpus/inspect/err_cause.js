// An error cause is shown as [cause].
const inner = new Error('inner');
inner.stack = 'Error: inner\n    at i (i.js:1:1)';
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at o (o.js:1:1)';
console.log(outer);
