// showHidden shows the array length.
console.log(require('util').inspect([1, 2], { showHidden: true }));
