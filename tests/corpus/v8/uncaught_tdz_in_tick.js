// An uncaught read in the temporal dead zone, from a nextTick.
process.nextTick(() => {
  console.log(ready);
});
console.log(typeof process);
let ready = true;
