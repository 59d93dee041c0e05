const show = (...items) => console.log(...items.map((s) => typeof s === 'string' ? s.replaceAll(__dirname, '.') : s));
setTimeout(function g(a) { show(new Error('g').stack); }, 0, 1);
setInterval(function i(a) { show(new Error('i').stack); clearInterval(this); }, 0, 1);
setImmediate(() => setImmediate(function h(a) { show(new Error('h').stack); }, 1));
// Explicit undefined arguments still take the ReflectApply path; an empty argument list does not.
setTimeout(function u() { show(new Error('u').stack); }, 2, undefined);
setTimeout(function n() { show(new Error('n').stack); }, 3);
