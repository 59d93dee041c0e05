// `await` as a name inside an async function.
async function load() {
  const await = 1;
  return await;
}
load();
