// new Set of a plain object: V8 names the type and the missing Symbol.iterator.
try {
  new Set({ a: 1 });
} catch (e) {
  console.log(e.message);
}
