try {
  new Promise(42);
} catch (e) {
  console.log(e.message);
}
try {
  new Promise('resolve');
} catch (e) {
  console.log(e.message);
}
try {
  new Promise({ then() {} });
} catch (e) {
  console.log(e.message);
}
try {
  new Promise(null);
} catch (e) {
  console.log(e.message);
}
