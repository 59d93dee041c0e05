async function value() {
  return 'value';
}
value().then((v) => console.log(v));
Promise.resolve().then(() => console.log('other'));
console.log('sync');
