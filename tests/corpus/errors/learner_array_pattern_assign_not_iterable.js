// Array destructuring assignment of a value that is not iterable.
let q, r;
const n = null;
const attempts = [
  () => {
    [q] = null;
  },
  () => {
    [q] = n;
  },
  () => {
    [q, r] = undefined;
  },
  () => {
    [q] = 5;
  },
  () => {
    [q] = {};
  },
];
for (const f of attempts) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
[q] = null;
