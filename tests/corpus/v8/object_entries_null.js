// Object.entries(null), printed with String(e).
const data = null;
try {
  Object.entries(data);
} catch (e) {
  console.log(String(e));
}
