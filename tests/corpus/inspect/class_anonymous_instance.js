// An instance of an anonymous class.
console.log(new (class {})(), new (class { constructor() { this.x = 1; } })());
