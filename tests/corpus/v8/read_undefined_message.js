// Reading a property of undefined: e.message names the property.
let user;
try {
  console.log(user.name);
} catch (e) {
  console.log(e.message);
}
