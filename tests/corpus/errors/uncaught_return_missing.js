// An uncaught ReferenceError of a name called in a `return`: V8's arrow is at `return`.
function total(items) {
  let sum = 0;
  for (const item of items) sum += item;
  return formatTotal(sum);
}
console.log('start');
total([1, 2, 3]);
