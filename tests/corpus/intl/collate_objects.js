// Sorting records by a name field, as tutorials do.
const people = [
  { name: 'Zoë', age: 31 }, { name: 'adam', age: 25 }, { name: 'Émile', age: 40 }, { name: 'Bob', age: 19 },
  { name: 'emma', age: 33 }, { name: 'Åsa', age: 28 }, { name: 'Chloé', age: 22 }, { name: 'chris', age: 35 },
];
const byName = new Intl.Collator('en', { sensitivity: 'base' });
people.sort((a, b) => byName.compare(a.name, b.name));
console.log(people.map((p) => p.name).join(', '));
people.sort((a, b) => b.name.localeCompare(a.name));
console.log(people.map((p) => p.name).join(', '));
const unique = [...new Set(['apple', 'Apple', 'APPLE', 'Äpple'].map((w) => w.toLocaleLowerCase()))];
console.log(unique, 'straße'.toLocaleUpperCase(), 'İ'.toLocaleLowerCase('en-US').length);
