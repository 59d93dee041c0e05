console.log('cjs start');
import('./_dep_logs.mjs').then(m => console.log('imported', m.x));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setTimeout(() => console.log('timeout'), 0);
console.log('cjs end');
