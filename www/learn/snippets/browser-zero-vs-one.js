// Node raises a 0 ms delay to 1 ms, so these two timers are equal and keep their order.
// A browser keeps 0 ms: there, 'zero' prints first.
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
