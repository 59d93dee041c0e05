// An array of Maps does not group.
console.log(Array.from({ length: 8 }, (_, i) => new Map([[i, i]])));
