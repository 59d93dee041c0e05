// typeof does not protect a binding in its dead zone.
try {
  console.log(typeof later);
  const later = 1;
} catch (e) {
  console.log(e.message);
}
