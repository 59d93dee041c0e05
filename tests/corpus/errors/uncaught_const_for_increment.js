// A `const` loop variable: the increment fails, and V8 points at `++`, not at the `=` of
// the declaration.
let total = 0;
for (const i = 0; i < 3; i++) {
  total += i;
}
console.log(total);
