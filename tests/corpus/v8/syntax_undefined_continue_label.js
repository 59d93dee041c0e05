// A continue naming a label no loop has.
console.log("never printed");
while (true) {
  continue next;
}
