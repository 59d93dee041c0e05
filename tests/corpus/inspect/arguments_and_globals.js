function f() { console.log(arguments); return arguments; }
const args = f(1, 'two', { three: 3 });
console.log({ args });
console.log([f()]);
console.log(Object.keys(globalThis).includes('console'));
console.log(Math);
console.log(JSON);
console.log(Reflect);
console.log(Atomics === undefined ? 'none' : typeof Atomics);
