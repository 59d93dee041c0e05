// Two async functions awaiting in a loop alternate: each await gives the other a turn.
async function count(name) {
  for (let i = 1; i <= 3; i++) {
    console.log(`${name} ${i}`);
    await null;
  }
}
count("left");
count("right");
console.log("both started");
