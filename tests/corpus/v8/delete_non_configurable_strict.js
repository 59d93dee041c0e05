// Deleting a non-configurable property in strict mode.
'use strict';
const arr = [1, 2];
try {
  delete arr.length;
} catch (e) {
  console.log(e.message);
}
