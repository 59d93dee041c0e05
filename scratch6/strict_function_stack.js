function outer() {
  'use strict';
  return inner();
}
function inner() {
  'use strict';
  const e = new Error('deep');
  return e.stack.split('\n').slice(0, 3).join('\n');
}
const o = {
  run() {
    'use strict';
    return outer();
  },
};
console.log(o.run());
class A {
  go() {
    'use strict';
    throw new Error('from strict method');
  }
}
const holder = { a: new A() };
holder.a.go();
