// Holes in a grouped array.
const a = Array.from({ length: 20 }, (_, i) => i);
delete a[5];
delete a[6];
console.log(a);
