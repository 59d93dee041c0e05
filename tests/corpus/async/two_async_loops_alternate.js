// Two async functions awaiting in a loop take turns, one step each per microtask.
async function loop(name) {
  for (let i = 1; i <= 3; i++) {
    console.log(name, i);
    await null;
  }
}
loop('A');
loop('B');
