// A private field the class never declared.
class A { m() { return this.#y; } }
