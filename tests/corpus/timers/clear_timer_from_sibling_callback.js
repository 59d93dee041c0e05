// A timer due in the same tick can be cancelled by an earlier timer's callback: b never runs.
let b;
setTimeout(() => {
  console.log('a clears b');
  clearTimeout(b);
}, 1);
b = setTimeout(() => console.log('b'), 1);
setTimeout(() => console.log('c'), 1);
