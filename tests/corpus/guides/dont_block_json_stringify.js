// "Don't block the event loop" JSON DOS example, shrunk (10 doublings) and printing sizes instead of times.
let obj = { a: 1 };
const iterations = 10;

// Expand the object exponentially by nesting it
for (let i = 0; i < iterations; i++) {
  obj = { obj1: obj, obj2: obj };
}

const jsonString = JSON.stringify(obj);
console.log('length', jsonString.length);
console.log('indexOf', jsonString.indexOf('nomatch')); // Always -1
const parsed = JSON.parse(jsonString);
console.log('round trip', JSON.stringify(parsed) === jsonString);
