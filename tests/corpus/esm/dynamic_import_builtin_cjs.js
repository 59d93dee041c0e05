// A CommonJS file can import() an ES module or built-in; the promise resolves after the script's plain microtasks.
import('node:timers/promises').then((m) => {
  console.log('imported', typeof m.setTimeout, typeof m.setImmediate);
});
Promise.resolve().then(() => console.log('plain promise'));
console.log('sync end');
