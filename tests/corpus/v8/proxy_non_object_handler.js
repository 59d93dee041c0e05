// new Proxy with a handler that is not an object.
try {
  new Proxy({}, null);
} catch (e) {
  console.log(e.message);
}
