// An unref'd promise timer still fires when another timer keeps the loop alive.
const tp = require('timers/promises');
tp.setTimeout(10, 'unref fired', { ref: false }).then(console.log);
setTimeout(() => console.log('ref timer'), 30);
