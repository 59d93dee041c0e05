// An uncaught call of a logical expression: the message names it as V8's call printer does.
const primary = undefined;
const fallback = 0;
const handler = (primary || fallback);
console.log('calling');
(primary || fallback)();
