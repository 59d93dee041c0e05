// nextTick passes its extra arguments, in order, and runs before promises.
process.nextTick((a, b, c) => console.log('tick', a, b, c), 1, 'two', [3]);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(function () { console.log('this is undefined:', this === undefined); });
try { process.nextTick(42); } catch (e) { console.log(e.code, e.message); }
console.log('main');
