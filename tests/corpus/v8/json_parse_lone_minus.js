// A minus sign with no number after it.
try {
  JSON.parse('-');
} catch (e) {
  console.log(e.message);
}
