// A call left open at the end of the file.
const name = "Ada";
console.log("hello", name
