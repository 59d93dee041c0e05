// Promise callbacks that queue promise callbacks starve the loop the same way.
setTimeout(() => console.log('timer finally runs'), 0);

let n = 0;
function loop() {
  n += 1;
  if (n < 10000) return Promise.resolve().then(loop);
  console.log(`microtask chain of ${n} ends`);
}
loop();
