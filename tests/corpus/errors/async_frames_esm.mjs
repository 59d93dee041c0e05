// A module's top-level await of an async chain.
async function fetchConfig() {
  await null;
  throw new Error('no config');
}
async function boot() {
  await fetchConfig();
}
try {
  await boot();
} catch (e) {
  console.log(e.stack.split(new URL('.', import.meta.url).href).join('$DIR/'));
}
