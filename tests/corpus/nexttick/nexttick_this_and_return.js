// process.nextTick returns undefined; inside a sloppy-mode callback `this` is globalThis.
const r = process.nextTick(function () {
  console.log('this is globalThis:', this === globalThis);
});
console.log('returns', r);
