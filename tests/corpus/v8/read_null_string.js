// Reading a property of null, printed with String(e).
const config = null;
try {
  config.port;
} catch (e) {
  console.log(String(e));
}
