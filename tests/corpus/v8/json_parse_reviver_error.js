// An error thrown in a reviver propagates as-is.
try {
  JSON.parse('{"a": 1}', (k, v) => v.missing.deep);
} catch (e) {
  console.log(e.message);
}
