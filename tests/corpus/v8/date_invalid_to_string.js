// An invalid date prints as "Invalid Date" but toISOString throws.
const d = new Date('not a date');
console.log(String(d));
console.log(d.toJSON());
try {
  d.toISOString();
} catch (e) {
  console.log(e.message);
}
