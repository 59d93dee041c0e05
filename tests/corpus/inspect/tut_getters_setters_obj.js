const person = {
  first: 'Ada',
  last: 'Lovelace',
  get full() { return `${this.first} ${this.last}`; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
console.log(person);
person.full = 'Grace Hopper';
console.log(person, person.full);
const counter = { _n: 0, get n() { return this._n++; } };
console.log(counter.n, counter.n, counter);
console.log(Object.defineProperty({}, 'hidden', { value: 1 }));
console.log(Object.defineProperty({}, 'visible', { value: 1, enumerable: true }));
