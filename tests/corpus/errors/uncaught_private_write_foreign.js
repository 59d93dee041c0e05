// Writing a private field to an object of another class: V8 points at the assignment.
class Point { #x = 0; static setX(target, value) { target.#x = value; } }
Point.setX(new Point(), 1);
console.log('first write done');
Point.setX({}, 2);
