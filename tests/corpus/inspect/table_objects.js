// console.table with an array of objects.
const people = [
  { name: 'Alice', age: 30, city: 'Paris' },
  { name: 'Bob', age: 25 },
  { name: 'Carol', city: 'Berlin', pet: { kind: 'cat' } },
];
console.table(people);
console.table(people, ['name']);
console.table(people, ['city', 'age']);
