// Proxy called as a function.
try {
  Proxy({}, {});
} catch (e) {
  console.log(e.message);
}
