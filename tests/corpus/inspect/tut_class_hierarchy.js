class Animal {
  static kingdom = 'Animalia';
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  toString() { return `Animal(${this.name})`; }
}
class Dog extends Animal {
  #tricks = [];
  constructor(name, breed) { super(name); this.breed = breed; }
  learn(t) { this.#tricks.push(t); return this; }
  get trickCount() { return this.#tricks.length; }
}
const d = new Dog('Rex', 'lab').learn('sit');
console.log(d);
console.log(`${d}`, String(d), d + '');
console.log(d.speak(), d.trickCount);
console.log([Animal, Dog]);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(d instanceof Animal, Dog.kingdom, Object.keys(d));
console.log({ pets: [d, new Animal('Generic')] });
