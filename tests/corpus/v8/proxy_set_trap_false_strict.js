'use strict';
// A set trap that returns false, in strict code.
const guarded = new Proxy({}, {
  set() {
    return false;
  },
});
try {
  guarded.x = 1;
} catch (e) {
  console.log(e.message);
}
