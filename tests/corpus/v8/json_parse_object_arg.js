// JSON.parse of an object parses "[object Object]".
try {
  JSON.parse({});
} catch (e) {
  console.log(e.message);
}
