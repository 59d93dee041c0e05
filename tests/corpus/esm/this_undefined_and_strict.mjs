// ES modules are strict: top-level `this` is undefined and assigning an undeclared name throws.
console.log(this === undefined);
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.name);
}
