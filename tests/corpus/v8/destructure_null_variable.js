// Destructuring a variable that holds null names the variable.
const options = null;
try {
  const { verbose } = options;
  console.log(verbose);
} catch (e) {
  console.log(e.message);
}
