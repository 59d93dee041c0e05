// A subclass instance uses the subclass name.
class Base { constructor() { this.base = true; } }
class Derived extends Base { constructor() { super(); this.derived = true; } }
console.log(new Derived());
