// process.nextTick docs: the callback runs after the current script, so 'scheduled' prints before it.
const { nextTick } = require('node:process');

console.log('start');
nextTick(() => {
  console.log('nextTick callback');
});
console.log('scheduled');
