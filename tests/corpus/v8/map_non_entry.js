// new Map([1]): an element that is not an entry object.
try {
  new Map([1]);
} catch (e) {
  console.log(e.message);
}
