// A chain of 5 immediates, each scheduling the next: one per loop iteration, interleaving with a second chain.
function chain(name, n) {
  if (n === 0) return;
  console.log(name, n);
  setImmediate(chain, name, n - 1);
}
setImmediate(chain, 'x', 3);
setImmediate(chain, 'y', 3);
