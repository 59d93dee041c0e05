'use strict';
// Writing an element of a frozen array: V8 shows the array as [object Array].
const days = Object.freeze(['mon', 'tue']);
try {
  days[0] = 'sun';
} catch (e) {
  console.log(e.message);
}
