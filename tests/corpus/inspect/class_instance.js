// Class instances are prefixed with the class name.
class Foo { constructor() { this.a = 1; this.b = [1, 2]; } }
console.log(new Foo());
