const { setTimeout, setInterval } = require('timers/promises');
setTimeout(50, 'never', { ref: false }).then(console.log);
(async () => {
  for await (const _ of setInterval(50, null, { ref: false })) console.log('never tick');
})();
setTimeout(5, 'referenced').then(console.log);
process.on('exit', () => console.log('exit'));
