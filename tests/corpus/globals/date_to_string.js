// How a Date prints in each of its forms (the machine's zone is UTC).
const d = new Date(Date.UTC(2024, 0, 15, 10, 30, 5, 42));
console.log(d.toString());
console.log(String(d), `${d}`, d + '');
console.log(d.toDateString(), '|', d.toTimeString());
console.log(d.toISOString(), d.toJSON(), d.toUTCString());
console.log(d);
console.log([d], { when: d });
console.log(JSON.stringify({ when: d }));
console.log(new Date(NaN).toString(), String(new Date('nope')), new Date(NaN));
class Stamp extends Date {
  label() { return `stamp ${this.getUTCFullYear()}`; }
}
const s = new Stamp('May 5, 2021 08:00');
console.log(s.label(), s instanceof Date, s.toString(), Object.prototype.toString.call(s));
console.log(typeof Date(), Date.name, Date.length, Date.prototype.constructor === Date);
console.log(new Date(new Date(0)).getTime(), new Date({ valueOf() { return 86400000; } }).toISOString());
console.log(new Date({ toString() { return 'Jan 2 2000'; }, valueOf: undefined }).toISOString());
