// console.count keeps a counter per label.
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset('x');
console.count('x');
console.count(1);
