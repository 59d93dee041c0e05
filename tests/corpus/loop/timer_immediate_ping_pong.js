// Alternating timer -> immediate -> timer -> immediate, each scheduling the next: the loop keeps going.
let n = 0;
function viaTimer() {
  console.log('timer', ++n);
  if (n < 5) setImmediate(viaImmediate);
}
function viaImmediate() {
  console.log('immediate', ++n);
  setTimeout(viaTimer, 0);
}
setTimeout(viaTimer, 0);
