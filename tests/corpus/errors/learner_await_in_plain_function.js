async function main() {
  [1, 2].forEach((n) => {
    await Promise.resolve(n);
  });
}
main();
