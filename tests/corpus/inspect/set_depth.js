// Sets and Maps at the depth limit.
console.log({ a: { b: { s: new Set([1]), m: new Map(), e: new Set() } } });
console.log({ a: { b: { c: { s: new Set([1]) } } } });
