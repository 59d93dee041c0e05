// A misspelled variable: "x is not defined", a ReferenceError.
const counter = 1;
try {
  console.log(countr);
} catch (e) {
  console.log(e.name + ' | ' + e.message);
}
