// Reassigning a const: "Assignment to constant variable."
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name, '|', e.message);
}
