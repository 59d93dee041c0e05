const thenable = { then(r) { console.log('then called'); r('thenable value'); } };
(async () => {
  console.log('a start');
  const v = await thenable;
  console.log('a got', v);
})();
(async () => {
  console.log('b start');
  await null;
  console.log('b 1');
  await undefined;
  console.log('b 2');
  await 42;
  console.log('b 3');
})();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
