// `for await` over a value with neither an async nor a sync iterator.
async function sum(source) {
  let total = 0;
  for await (const n of source) {
    total += n;
  }
  return total;
}
sum([1, 2, 3]).then((t) => console.log('array total', t));
sum(5).catch((e) => console.log(e.message));
async function direct() {
  for await (const n of 42) {
    console.log(n);
  }
}
direct();
