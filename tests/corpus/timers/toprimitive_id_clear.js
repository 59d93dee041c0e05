// A Timeout converts to a numeric id (Symbol.toPrimitive); clearTimeout accepts that id, as a number or a string.
const t1 = setTimeout(() => console.log('t1 never'), 5);
const t2 = setTimeout(() => console.log('t2 never'), 5);
const t3 = setTimeout(() => console.log('t3 runs'), 5);
const id1 = +t1;
const id2 = `${t2}`;
console.log(typeof id1, typeof id2, typeof t1[Symbol.toPrimitive]);
console.log(Number.isInteger(id1), id1 !== Number(id2));
clearTimeout(id1);
clearTimeout(id2);
