// Classes extending null or a function whose prototype is not an object.
class Empty extends null {}
try {
  new Empty();
} catch (e) {
  console.log(String(e));
}
try {
  new (class extends null {})();
} catch (e) {
  console.log(e.message);
}
function Legacy() {}
Legacy.prototype = 5;
try {
  class Modern extends Legacy {}
  console.log(Modern.name);
} catch (e) {
  console.log(e.message);
}
