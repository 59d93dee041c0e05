// new Promise() without an executor.
try {
  new Promise();
} catch (e) {
  console.log(e.message);
}
