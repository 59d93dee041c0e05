// A class with two constructors.
class A { constructor() {} constructor() {} }
