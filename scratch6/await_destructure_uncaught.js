async function getData() {
  return null;
}
async function main() {
  const { rows } = await getData();
  console.log(rows);
}
main();
