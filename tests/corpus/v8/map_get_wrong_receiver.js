// Calling a Map method on a plain object.
try {
  Map.prototype.get.call({}, 'k');
} catch (e) {
  console.log(e.message);
}
