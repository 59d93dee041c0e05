// A descriptor cannot have both a getter and a value.
const settings = {};
try {
  Object.defineProperty(settings, 'theme', {
    get() { return 'dark'; },
    value: 'light',
  });
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
try {
  Object.defineProperties(settings, { size: { set(v) {}, writable: true } });
} catch (e) {
  console.log(e.message);
}
try {
  Object.create(null, { x: { get: () => 1, value: 2 } });
} catch (e) {
  console.log(e.message);
}
const proxy = new Proxy({}, { defineProperty() { return false; } });
try {
  Object.defineProperty(proxy, 'x', { value: 1 });
} catch (e) {
  console.log(e.message);
}
