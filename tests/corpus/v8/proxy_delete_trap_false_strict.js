'use strict';
// A deleteProperty trap that returns false, in strict code.
const keep = new Proxy({ a: 1 }, {
  deleteProperty() {
    return false;
  },
});
try {
  delete keep.a;
} catch (e) {
  console.log(e.message);
}
