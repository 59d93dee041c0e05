function hasKey(obj, key) {
  return key in obj;
}
console.log(hasKey({ a: 1 }, 'a'));
console.log(hasKey('hello', 'length'));
