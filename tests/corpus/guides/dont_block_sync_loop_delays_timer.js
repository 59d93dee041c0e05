// "Don't block the event loop": a long synchronous loop delays an already-due timer until it finishes.
setTimeout(() => console.log('timer ran'), 0);
let sum = 0;
for (let i = 0; i < 1e6; i++) sum += i % 7;
console.log('loop finished, sum =', sum);
