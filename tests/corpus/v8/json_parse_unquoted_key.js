// Unquoted keys are not JSON.
try {
  JSON.parse('{a: 1}');
} catch (e) {
  console.log(e.message);
}
