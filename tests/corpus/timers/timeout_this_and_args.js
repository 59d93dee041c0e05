// Extra arguments are passed; `this` is the Timeout.
const t = setTimeout(function (a, b) {
  console.log(a, b, this === t, this.constructor.name);
}, 1, 'x', 42);
