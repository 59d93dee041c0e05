// %j prints JSON; circular structures print [Circular].
const c = { a: 1 };
c.self = c;
console.log('%j %j %j %j', { a: [1, 'x'] }, 'str', undefined, c);
