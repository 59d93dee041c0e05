// A method called detached (no receiver) in strict class code reads `this` as undefined.
class Greeter {
  constructor(name) { this.name = name; }
  greet() { return `hello ${this.name}`; }
}
const { greet } = new Greeter('ada');
console.log(['x'].map(greet));
