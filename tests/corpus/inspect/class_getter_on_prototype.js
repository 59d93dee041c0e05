// Getters defined on a class are not own properties.
class P { constructor() { this.x = 1; } get y() { return 2; } }
console.log(new P());
