// setInterval clamps the same way.
let n = 0;
const i = setInterval(() => {
  console.log('tick', ++n);
  if (n === 3) clearInterval(i);
}, 3e9);
console.log('repeat', i._repeat);
