function load() {
  return Promise.resolve(1);
}
const value = await load();
console.log(value);
