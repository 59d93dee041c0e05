// showHidden lists a function's length, name and prototype.
console.log(require('util').inspect(function sh(a, b) {}, { showHidden: true }));
