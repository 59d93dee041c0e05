// Optional chaining that stops too early: a?.b.c still throws when b is missing.
const a = {};
try {
  console.log(a?.b.c);
} catch (e) {
  console.log(e.message);
}
console.log(a?.b?.c);
