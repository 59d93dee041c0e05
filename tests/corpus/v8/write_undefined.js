// Setting a property on undefined: "Cannot set properties of undefined (setting 'x')".
let target;
try {
  target.x = 1;
} catch (e) {
  console.log(e.message);
}
