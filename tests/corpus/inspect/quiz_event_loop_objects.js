const results = [];
setTimeout(() => results.push({ from: 'timeout' }), 0);
setImmediate(() => results.push({ from: 'immediate' }));
process.nextTick(() => results.push({ from: 'nextTick' }));
Promise.resolve().then(() => results.push({ from: 'promise' }));
setTimeout(() => {
  setTimeout(() => console.log(results.filter((r) => r.from !== 'immediate' && r.from !== 'timeout')), 10);
}, 5);
