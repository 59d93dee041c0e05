// obj.run() where run is missing: "obj.run is not a function".
const obj = {};
try {
  obj.run();
} catch (e) {
  console.log(e.message);
}
