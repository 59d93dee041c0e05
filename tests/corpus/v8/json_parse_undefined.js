// JSON.parse(undefined) parses the string "undefined".
try {
  JSON.parse(undefined);
} catch (e) {
  console.log(e.message);
}
