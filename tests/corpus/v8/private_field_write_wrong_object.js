// Writing a private field of an object whose class did not declare it.
class Box {
  #value = 0;
  static set(o, v) {
    o.#value = v;
  }
}
try {
  Box.set({}, 1);
} catch (e) {
  console.log(e.message);
}
