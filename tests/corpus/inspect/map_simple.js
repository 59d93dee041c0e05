// Maps print their size and entries.
console.log(new Map([['a', 1], ['b', 2]]));
