// Node's own frames under callbacks its loop calls: timers, immediates, ticks, the main module.
const show = (tag, e) => console.log(tag, e.stack.split(__dirname).join('$DIR'));
function outer() {
  show('main', new Error('main'));
}
outer();
setTimeout(function named() {
  show('timeout', new Error('timeout'));
  setImmediate(() => {
    show('immediate', new Error('immediate'));
    process.nextTick(() => show('tick', new Error('tick')));
    process.nextTick((value) => show('tick with args', new Error(value)), 'args');
  });
}, 1);
const interval = setInterval(() => {
  show('interval', new Error('interval'));
  clearInterval(interval);
}, 20);
