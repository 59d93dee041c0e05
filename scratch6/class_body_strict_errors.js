class Temp {
  constructor() {
    Object.defineProperty(this, 'unit', { value: 'C' });
  }
  convert() {
    this.unit = 'F';
  }
  leak() {
    undeclaredVar = 1;
  }
  withThis() {
    return (function () { return this.unit; })();
  }
}
const t = new Temp();
for (const m of ['convert', 'leak', 'withThis']) {
  try {
    t[m]();
  } catch (e) {
    console.log(m, e.constructor.name + ': ' + e.message);
  }
}
t.leak();
