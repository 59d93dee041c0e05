// Private accessors and methods used the wrong way: V8 names the member.
class Counter {
  #count = 0;
  get #value() {
    return this.#count;
  }
  set #limit(v) {
    this.#count = v;
  }
  #reset() {
    this.#count = 0;
  }
  writeValue() {
    this.#value = 1;
  }
  readLimit() {
    return this.#limit;
  }
  replaceReset() {
    this.#reset = null;
  }
  static peek(other) {
    return other.#count;
  }
  static poke(other) {
    other.#count = 1;
  }
}
const c = new Counter();
for (const action of [
  () => c.writeValue(),
  () => c.readLimit(),
  () => c.replaceReset(),
  () => Counter.peek({}),
  () => Counter.poke({}),
]) {
  try {
    action();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
