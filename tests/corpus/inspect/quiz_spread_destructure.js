const [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const { x, y: { z = 'default' } = {}, ...others } = { x: 1, w: 2, v: 3 };
console.log(x, z, others);
console.log({ ...'hi' }, [...'hi'], { ...[1, 2] }, { ...null }, Object.assign([1, 2], { 0: 'a' }));
function f(first, ...args) { return { first, args }; }
console.log(f(), f(1), f(1, 2, 3));
console.log(Math.max(...[]), Math.min(...[1, 2]), [..."💩"], '💩'.length);
