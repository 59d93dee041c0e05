// Calls go on the stack and come off it; callbacks only start when it is empty.
function inner() {
  console.log('inner');
  setTimeout(() => console.log('timer: the stack was empty'), 0);
}
function outer() {
  console.log('outer starts');
  inner();
  console.log('outer ends');
}
outer();
console.log('main script ends');
