// A boxed string with showHidden shows its length.
console.log(require('util').inspect(new String('ab'), { showHidden: true }));
