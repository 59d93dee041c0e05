// A call left open before a semicolon: "missing ) after argument list" under the last argument.
const total = 3;
console.log('total', total;
