// Promise.all over two timer promises: both timers run concurrently, results keep input order. Only order is printed.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => { console.log('timer', v); r(v); }, ms));
async function parallel() {
  const vals = await Promise.all([sleep(100, 'p100'), sleep(10, 'p10')]);
  console.log('parallel', vals.join(','));
}
parallel();
