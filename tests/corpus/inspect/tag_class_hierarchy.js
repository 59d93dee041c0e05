class Animal { get [Symbol.toStringTag]() { return 'Beast'; } constructor(n) { this.name = n; } }
class Dog extends Animal { constructor(n) { super(n); this.tricks = ['sit', 'roll']; } }
class Puppy extends Dog { static [Symbol.toStringTag] = 'Pup'; }
console.log(new Animal('a'), new Dog('d'), new Puppy('p'));
console.log([new Dog('x')], { pet: new Puppy('y') });
console.log(String(new Dog('z')), Object.prototype.toString.call(Puppy));
