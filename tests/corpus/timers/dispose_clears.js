// Node 20's Timeout and Immediate are disposables: [Symbol.dispose]() clears them.
const t = setTimeout(() => console.log('never'), 10);
t[Symbol.dispose]();
const i = setImmediate(() => console.log('never imm'));
i[Symbol.dispose]();
console.log(typeof t[Symbol.dispose], typeof i[Symbol.dispose], t._destroyed, i._destroyed);
setTimeout(() => console.log('other timer'), 1);
