// An instance whose prototype was set to null keeps its class name.
class Foo { constructor() { this.a = 1; } }
const f = new Foo();
Object.setPrototypeOf(f, null);
console.log(f);
