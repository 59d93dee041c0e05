// 'beforeExit' fires when the loop runs dry; scheduling more work there keeps the process
// alive. 'exit' fires once, and nothing scheduled in it ever runs.
let rounds = 0;
process.on("beforeExit", () => {
  rounds++;
  console.log(`beforeExit ${rounds}`);
  if (rounds < 2) setTimeout(() => console.log("more work"), 0);
});
process.on("exit", (code) => {
  console.log(`exit with code ${code}`);
  setTimeout(() => console.log("never printed"), 0);
});
console.log("main");
