// Built-ins newer than Node 20's V8 are not there: code written for a later Node fails.
console.log(typeof Object.groupBy, typeof Map.groupBy, typeof Promise.withResolvers);
console.log(typeof new Set().union, typeof new Set().isSubsetOf, typeof RegExp.escape, typeof JSON.rawJSON);
try {
  Object.groupBy([1, 2, 3], (n) => (n % 2 ? 'odd' : 'even'));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const a = new Set([1, 2]);
try {
  a.union(new Set([3]));
} catch (e) {
  console.log(String(e));
}
// What Node 20 offers instead.
const groups = [1, 2, 3].reduce((acc, n) => {
  (acc[n % 2 ? 'odd' : 'even'] ??= []).push(n);
  return acc;
}, {});
console.log(groups, new Set([...a, 3]));
const { promise, resolve } = (() => {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
})();
promise.then((v) => console.log('resolved', v));
resolve(42);
