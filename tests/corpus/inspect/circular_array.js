// A self-containing array.
const a = [1];
a.push(a);
console.log(a);
