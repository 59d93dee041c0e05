// An async function that throws rejects with the engine error.
async function f(obj) {
  return obj.value;
}
f(undefined).then(
  () => console.log('ok'),
  (e) => console.log('rejected:', e.message)
);
