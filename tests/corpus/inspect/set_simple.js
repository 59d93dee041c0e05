// Sets print their size and values.
console.log(new Set([1, 'a', [2], { b: 3 }]));
