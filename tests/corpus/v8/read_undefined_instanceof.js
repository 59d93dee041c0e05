// The property-read error is a TypeError and an Error, not a ReferenceError.
let v;
try {
  v.x;
} catch (e) {
  console.log(e instanceof TypeError, e instanceof Error, e instanceof ReferenceError);
}
