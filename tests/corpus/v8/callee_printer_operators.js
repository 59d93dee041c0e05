// V8's call printer names a callee that is not a plain name by its syntax: unary, update,
// binary and logical operators in parentheses, a comma with spaces around it, a conditional
// as three intermediate values, an assignment by its target, a template by its substitutions.
function tryCall(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, '->', e.message);
  }
}
let a = 1;
let b = 2;
let c = null;
const flag = true;
tryCall('void', () => (void 0)());
tryCall('comma', () => (0, undefined)());
tryCall('typeof', () => (typeof a)());
tryCall('not literal', () => (!1)());
tryCall('negate name', () => (-a)());
tryCall('or', () => (a || b)());
tryCall('nullish', () => (c ?? b)());
tryCall('and-or', () => (a && b || c)());
tryCall('conditional', () => (flag ? a : b)());
tryCall('sum run', () => (a + b + a)());
tryCall('nested sum', () => (a + (b + a))());
tryCall('compare', () => (a < b)());
tryCall('strict equal', () => (a === b)());
tryCall('in', () => ('x' in { x: 1 })());
tryCall('assign', () => (a = 3)());
tryCall('add-assign', () => (a += 1)());
tryCall('post-increment', () => (a++)());
tryCall('pre-decrement', () => (--a)());
tryCall('template', () => `x${a}y${b}`());
tryCall('regexp', () => (/re/gi)());
tryCall('object literal', () => ({ a, b: 2 })());
tryCall('array with hole', () => [a, , b]());
