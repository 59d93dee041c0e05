// super.x reads the home object's prototype: with a null prototype V8 reports null (never
// undefined); a deeper read fails on the undefined it found.
const plain = { __proto__: null, read() { return super.x; }, sum() { return 1 + super.y; } };
for (const name of ['read', 'sum']) {
  try {
    plain[name]();
  } catch (e) {
    console.log(name, e.message);
  }
}
class Base {}
Object.setPrototypeOf(Base.prototype, null);
class Child extends Base { peek() { return super.missing.deeper; } }
try {
  new Child().peek();
} catch (e) {
  console.log(e.message);
}
