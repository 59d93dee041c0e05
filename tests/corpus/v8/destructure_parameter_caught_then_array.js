function area({ width, height }) {
  return width * height;
}
try {
  area();
} catch (e) {
  console.log(e.message);
}
try {
  const [first] = null;
} catch (e) {
  console.log(e.message);
}
