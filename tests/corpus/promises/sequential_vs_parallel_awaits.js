const wait = (ms, v) => new Promise(r => setTimeout(() => { console.log('resolve', v); r(v); }, ms));
(async () => {
  console.time; 
  for (const [ms, v] of [[30, 'a'], [10, 'b'], [20, 'c']]) console.log('seq', await wait(ms, v));
  const all = await Promise.all([wait(30, 'x'), wait(10, 'y'), wait(20, 'z')]);
  console.log(all);
})();
