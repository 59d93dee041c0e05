// `super()` in a class that extends nothing.
class A { constructor() { super(); } }
