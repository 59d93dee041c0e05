// Throwing a string: stderr shows the source line and the bare value (no stack), exit 1.
console.log('about to throw a string');
throw 'a plain string';
