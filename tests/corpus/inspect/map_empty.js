// Empty Map and Set.
console.log(new Map(), new Set());
