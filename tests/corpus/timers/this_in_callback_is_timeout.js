// Inside a non-arrow callback, `this` is the Timeout object returned by setTimeout.
const t = setTimeout(function () {
  console.log('this === t:', this === t);
  console.log('constructor:', this.constructor.name);
}, 1);
