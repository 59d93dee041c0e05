const points = [65, -1, 1.5, Infinity, 0x110000, NaN];
for (const p of points) {
  try {
    console.log(String.fromCodePoint(p));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
