// setTimeout/setInterval return Timeout objects (not numbers as in browsers).
const t = setTimeout(() => {}, 1);
const i = setInterval(() => {}, 1);
console.log(typeof t, t.constructor.name);
console.log(typeof i, i.constructor.name);
console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh);
clearTimeout(t);
clearInterval(i);
