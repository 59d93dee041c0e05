// Spreading undefined into an array.
let items;
try {
  console.log([...items]);
} catch (e) {
  console.log(e.message);
}
