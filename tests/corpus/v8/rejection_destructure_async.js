// An async function rejects with a destructuring error.
async function main({ url }) {
  return url;
}
main().catch((e) => console.log(e.message));
