// Assigning to an undeclared name in strict mode.
'use strict';
try {
  total = 10;
} catch (e) {
  console.log(e.message);
}
