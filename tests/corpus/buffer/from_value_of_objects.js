// Objects whose valueOf() returns a string or object are converted through it.
console.log(Buffer.from(new String('abc')));
console.log(Buffer.from({ valueOf() { return 'xyz'; } }));
console.log(Buffer.from({ valueOf() { return [1, 2]; } }));
console.log(Buffer.from(new String('6869'), 'hex'));
console.log(Buffer.from({ valueOf() { return Buffer.from('hey'); } }));
