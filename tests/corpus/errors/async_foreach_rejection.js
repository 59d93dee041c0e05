const ids = [1, 2, 3];
async function fetchOne(id) {
  if (id === 2) throw new Error(`failed ${id}`);
  return id;
}
ids.forEach(async (id) => {
  const v = await fetchOne(id);
  console.log('got', v);
});
console.log('done?');
