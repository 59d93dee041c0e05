// showHidden adds the typed array's hidden fields.
console.log(require('util').inspect(new Int8Array([1, -1]), { showHidden: true }));
