// new Array(-1): invalid array length.
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
