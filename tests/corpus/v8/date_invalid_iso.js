// new Date(NaN).toISOString(): Invalid time value.
try {
  new Date(NaN).toISOString();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
