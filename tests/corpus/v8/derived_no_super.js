// A derived constructor that never calls super().
class Animal {}
class Dog extends Animal {
  constructor() {}
}
try {
  new Dog();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
