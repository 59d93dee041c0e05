// Symbols cannot be stored in process.env.
try {
  process.env.LOOPLAB_SYM = Symbol('s');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  process.env[Symbol('k')] = 'v';
  console.log('symbol key ignored');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(process.env[Symbol('k')]);
