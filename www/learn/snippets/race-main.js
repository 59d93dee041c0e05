// From the main module, this order is a race: it depends on how much of the first
// millisecond has gone by when the loop starts. Run it with node a few times.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
