// push onto a frozen array.
try {
  const a = Object.freeze([1, 2]);
  a.push(3);
} catch (e) {
  console.log(e.message);
}
