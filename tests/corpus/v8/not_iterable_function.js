// for...of over a function.
function items() {
  return [1, 2];
}
try {
  for (const item of items) console.log(item);
} catch (e) {
  console.log(e.message);
}
