// V8 names the offending value in built-ins' argument errors (Object, Reflect, WeakMap,
// Number, String, Array callbacks and receivers, typed arrays).
const t = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
};
t(() => Object.create(1));
t(() => Object.create('s'));
t(() => Object.create(Symbol('a')));
t(() => Object.defineProperty(1, 'x', {}));
t(() => Object.defineProperty({}, 'x', 'abc'));
t(() => Object.defineProperty({}, 'x', { get: 1 }));
t(() => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t(() => Object.defineProperty(Object.freeze({ a: 1 }), 'a', { value: 2 }));
t(() => Object.setPrototypeOf({}, 1));
t(() => Object.setPrototypeOf(Object.preventExtensions({}), {}));
t(() => Object.setPrototypeOf(null, {}));
t(() => Reflect.get(1, 'x'));
t(() => Reflect.has(1, 'x'));
t(() => Reflect.apply(1));
t(() => Reflect.construct(1, []));
t(() => new WeakMap().set(Symbol.for('x'), 1));
t(() => new WeakSet().add(1));
t(() => (5).toString(37));
t(() => (5).toFixed(101));
t(() => 'a'.repeat(-1));
t(() => Array.from([1], {}));
t(() => [1].map([1, 2]));
t(() => [1].map(new Map()));
t(() => [1].forEach(Symbol('z')));
t(() => [1].filter(new Error('q')));
t(() => [1].reduce());
t(() => [1].find(null));
t(() => Array.prototype.forEach.call(undefined));
t(() => String.prototype.trim.call(null));
t(() => new Uint8Array(2).set([1, 2, 3]));
t(() => Promise.resolve.call(1));
