// "The Node.js Event Loop" guide: setTimeout(0) vs setImmediate from the main module; the order is non-deterministic (a race).
setTimeout(() => {
  console.log('timeout');
}, 0);

setImmediate(() => {
  console.log('immediate');
});
