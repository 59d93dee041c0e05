const arr = [10], o = { x: 10 };
console.log(arr[0] ** -5);
console.log(o.x ** -5);
console.log(o['x'] ** -5);
let a = 10; a **= -5; console.log(a);
const q = { v: 10 }; q.v **= -5; console.log(q.v);
console.log(eval('10 ** -5'), new Function('return 10 ** -5')());
console.log(eval('let z = 10; z **= -5; z'));
console.log(1.1 ** 3, 10 ** -5, 2 ** 0.5);
