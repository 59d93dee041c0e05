'use strict';
// Assigning to a getter-only accessor of a class: V8 names the class.
class Temperature {
  get celsius() {
    return 20;
  }
}
const t = new Temperature();
try {
  t.celsius = 25;
} catch (e) {
  console.log(e.message);
}
