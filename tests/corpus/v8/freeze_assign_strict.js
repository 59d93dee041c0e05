// Assigning to a frozen object's property in strict mode.
'use strict';
const settings = Object.freeze({ debug: false });
try {
  settings.debug = true;
} catch (e) {
  console.log(e.message);
}
