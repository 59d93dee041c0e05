// Promise.all() with no argument, caught with try/await.
async function main() {
  try {
    await Promise.all();
  } catch (e) {
    console.log(e.message);
  }
}
main();
