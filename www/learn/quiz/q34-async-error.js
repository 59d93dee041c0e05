async function fail() {
  console.log('fail starts');
  throw new Error('nope');
}
fail().catch((e) => console.log('caught', e.message));
Promise.resolve().then(() => console.log('then'));
console.log('sync');
