// Extra setTimeout/setInterval arguments are passed to the callback.
setTimeout((a, b, c) => console.log('timeout', a, b, c), 1, 'x', 2, true);
const iv = setInterval((word) => {
  console.log('interval', word);
  clearInterval(iv);
}, 1, 'hello');
