// try/await in an async function catches the property-read error.
async function load() {
  return undefined;
}
async function main() {
  try {
    const res = await load();
    console.log(res.body);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
main();
