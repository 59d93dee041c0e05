// A timer clears a later timer of the same list before it runs.
let b;
setTimeout(() => {
  console.log('a clears b');
  clearTimeout(b);
}, 5);
b = setTimeout(() => console.log('b (never)'), 5);
setTimeout(() => console.log('c'), 5);
