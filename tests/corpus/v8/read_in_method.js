// Reading a property of an unset field inside a method.
class Cart {
  total() {
    return this.items.length;
  }
}
try {
  new Cart().total();
} catch (e) {
  console.log(e.message);
}
