// An uncaught receiver error: V8's words and the built-in's frame in the report.
const cache = new Map();
const get = cache.get;
console.log('start');
get('key');
