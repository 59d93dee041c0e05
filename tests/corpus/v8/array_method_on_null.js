// An Array method called with a null receiver.
try {
  Array.prototype.map.call(null, (x) => x);
} catch (e) {
  console.log(e.message);
}
