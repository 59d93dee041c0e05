const tp = require('timers/promises');
tp.setImmediate('i').then((v) => console.log('immediate', v));
tp.setTimeout(1, 't').then((v) => console.log('timeout', v));
process.nextTick(() => console.log('tick'));
(async () => { for await (const v of tp.setInterval(1, 'iv')) { console.log('interval', v); break; } console.log('loop done'); })();
