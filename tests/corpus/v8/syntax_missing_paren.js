// A missing ) in a call: "missing ) after argument list".
console.log('never printed');
console.log('a', 'b';
