// Calling Promise without new.
try {
  Promise((r) => r(1));
} catch (e) {
  console.log(e.message);
}
