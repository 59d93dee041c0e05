// Reading a property of a missing argument inside a function.
function getName(user) {
  return user.name;
}
try {
  getName();
} catch (e) {
  console.log(e.message);
}
