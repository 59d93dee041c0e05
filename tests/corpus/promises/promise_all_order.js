// Promise.all resolves with values in input order, regardless of settle order, a couple of ticks after the last input.
const slow = Promise.resolve().then(() => 'slow');
const fast = 'fast';
Promise.all([slow, fast, Promise.resolve('p')]).then((vals) => console.log('all', vals.join(',')));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
