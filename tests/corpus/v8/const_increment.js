// Incrementing a const in a loop.
try {
  for (const i = 0; i < 3; i++) {
    console.log(i);
  }
} catch (e) {
  console.log(e.message);
}
