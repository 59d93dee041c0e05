const tp = require('timers/promises');
tp.setTimeout(0, 'timeout').then(console.log);
tp.setImmediate('immediate').then(console.log);
Promise.resolve('micro').then(console.log);
process.nextTick(() => console.log('tick'));
tp.setTimeout(1).then((v) => console.log('undefined value?', v));
tp.setTimeout(NaN, 'nan delay').then(console.log);
tp.setTimeout(-5, 'negative delay').then(console.log);
