// A grouped array two levels deep.
console.log({ lvl1: { lvl2: { nums: Array.from({ length: 40 }, (_, i) => i) } } });
