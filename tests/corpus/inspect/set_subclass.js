// Set subclasses.
class MySet extends Set {}
console.log(new MySet([1]));
