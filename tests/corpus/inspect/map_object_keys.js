// Objects as Map keys.
console.log(new Map([[{ a: 1 }, 'obj'], [[1, 2], 'arr'], [null, 'null']]));
