// An unref'd immediate still runs when a ref'd one keeps the loop going.
setImmediate(() => console.log('unref immediate')).unref();
setImmediate(() => console.log('ref immediate'));
