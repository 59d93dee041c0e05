// Map subclasses.
class MM extends Map {}
console.log(new MM([[1, 2]]));
