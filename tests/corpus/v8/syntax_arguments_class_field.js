// A class field's initializer may not read arguments.
class Counter {
  count = arguments.length;
}
console.log(new Counter().count);
