// Setting an array's length to a negative number.
try {
  const a = [1];
  a.length = -1;
} catch (e) {
  console.log(e.message);
}
