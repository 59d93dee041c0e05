// Member callees: string keys (quoted or in a plain template) print dotted, other keys in
// brackets through the same rules, optional links keep their `?.`, a call's result is
// `(...)`, and an object made by `new`, a function or a class is an intermediate value.
function tryCall(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, '->', e.message);
  }
}
const obj = { a: { b: 1 }, list: [[1]], n: 0 };
const k = 'a';
tryCall('string keys', () => obj['a']['b']());
tryCall('template key', () => obj[`a`]());
tryCall('numeric keys', () => obj.list[0][0]());
tryCall('numeric string key', () => obj['0']());
tryCall('computed key', () => obj[k + 'x']());
tryCall('name key', () => obj[k].b());
tryCall('optional link', () => obj?.a.b());
tryCall('two optional links', () => obj?.a?.b());
tryCall('optional element', () => obj?.['n']());
tryCall('optional call', () => obj.n?.());
tryCall('call result', () => JSON.parse('{}').x());
tryCall('call of call', () => (function () {})()());
tryCall('async arrow result', () => (async () => {})()());
tryCall('new result member', () => new Date().nope());
tryCall('new of member', () => new obj.a.b());
tryCall('new of parenthesized', () => new (obj.a)());
tryCall('tag', () => obj.n`x`);
