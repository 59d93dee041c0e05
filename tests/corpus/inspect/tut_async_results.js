const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  const results = await Promise.all([sleep(10, 'a'), sleep(5, { b: 2 }), 3]);
  console.log(results);
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(Object.assign(new Error('x'), { stack: 'Error: x' })), sleep(1, [1])]);
  console.log(settled);
  const any = await Promise.any([Promise.reject(new Error('no')), sleep(2, 'yes')]);
  console.log(any);
  try {
    await Promise.any([Promise.reject(1), Promise.reject(2)]);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.errors);
  }
  console.log(await Promise.race([sleep(20, 'slow'), sleep(3, 'fast')]));
})();
