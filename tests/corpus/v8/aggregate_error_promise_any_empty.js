// Promise.any([]) rejects at once with the same message.
async function main() {
  try {
    await Promise.any([]);
  } catch (e) {
    console.log(String(e), e.errors.length);
  }
}
main();
