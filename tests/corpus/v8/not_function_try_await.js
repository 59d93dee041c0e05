// A not-a-function error after await, caught by try/catch.
async function main() {
  const api = await Promise.resolve({});
  try {
    await api.fetchAll();
  } catch (e) {
    console.log(`${e}`);
  }
}
main();
