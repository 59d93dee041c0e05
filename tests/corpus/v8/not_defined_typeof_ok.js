// typeof of an undeclared name does not throw; reading it does.
console.log(typeof missing);
try {
  missing;
} catch (e) {
  console.log(String(e));
}
