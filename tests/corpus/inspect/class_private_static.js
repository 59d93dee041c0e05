class Temperature {
  #celsius = 20;
  static #count = 0;
  constructor() { Temperature.#count++; }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  static get count() { return Temperature.#count; }
}
const t = new Temperature();
console.log(t, Temperature, Temperature.count, t.fahrenheit);
console.log(Object.getOwnPropertyNames(Temperature.prototype));
