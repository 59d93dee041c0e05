class Animal {
  speak() { return 'noise'; }
}
class Dog extends Animal {
  speak() { return super.bark() + '!'; }
}
try {
  new Dog().speak();
} catch (e) {
  console.log(e.message);
}
class Cat extends Animal {
  static create() { return super.create(); }
}
try {
  Cat.create();
} catch (e) {
  console.log(e.message);
}
new Dog().speak();
