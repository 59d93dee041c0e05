// An object as the map callback is printed as #<Object>.
try {
  [1].map({});
} catch (e) {
  console.log(e.message);
}
