let n = 0;
const id = setInterval(() => {
  n += 1;
  console.log(`tick ${n}`);
  if (n === 3) {
    clearInterval(id);
    setTimeout(() => console.log('after the interval'), 0);
  }
}, 10);
Promise.resolve().then(() => console.log('promise'));
