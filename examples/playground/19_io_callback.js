// Inside an I/O callback (the poll phase) there is no race either: the check phase comes
// next, so the immediate always runs before the timer.
const fs = require("fs");
fs.readFile(__filename, () => {
  console.log("file read (poll phase)");
  setTimeout(() => console.log("timeout"), 0);
  setImmediate(() => console.log("immediate"));
});
console.log("reading…");
