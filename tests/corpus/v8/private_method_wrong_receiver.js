// Calling a private method on an object of another class.
class Counter {
  #bump() {
    return 1;
  }
  static bump(o) {
    return o.#bump();
  }
}
try {
  Counter.bump({});
} catch (e) {
  console.log(e.message);
}
