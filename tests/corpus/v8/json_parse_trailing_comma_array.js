// A trailing comma in an array.
try {
  JSON.parse('[1, 2,]');
} catch (e) {
  console.log(e.message);
}
