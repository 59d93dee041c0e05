// Both models run a timer's promise callbacks before the next timer (Node since v11).
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('microtask after timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
