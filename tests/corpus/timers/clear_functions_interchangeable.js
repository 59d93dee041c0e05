// clearInterval can cancel a timeout and clearTimeout can cancel an interval.
const t = setTimeout(() => console.log('timeout never'), 1);
const i = setInterval(() => console.log('interval never'), 1);
clearInterval(t);
clearTimeout(i);
setTimeout(() => console.log('done'), 5);
