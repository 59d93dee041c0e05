// Assigning to a getter-only accessor in strict mode.
'use strict';
const o = {
  get size() {
    return 1;
  },
};
try {
  o.size = 2;
} catch (e) {
  console.log(e.message);
}
