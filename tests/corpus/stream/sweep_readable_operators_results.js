// Readable's operators: map/filter/take/drop/reduce/forEach/some/every/find/flatMap, their errors and concurrency.
const { Readable } = require('stream');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4, 5]).map(x => x * 2).filter(x => x > 4).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray(), await Readable.from([1, 2, 3]).drop(1).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  await Readable.from(['x', 'y']).forEach(v => console.log('each', v));
  console.log(await Readable.from([1, 2, 3]).some(x => x > 2), await Readable.from([1, 2, 3]).every(x => x > 2), await Readable.from([1, 2, 3]).find(x => x > 1));
  console.log(await Readable.from([[1, 2], [3]]).flatMap(x => x).toArray());
  console.log(await Readable.from(['a', 'b']).asIndexedPairs().toArray());
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Readable.from([1]).map(1); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(await Readable.from([3, 1, 2]).map(async x => { await new Promise(r => setTimeout(r, x)); return x; }, { concurrency: 3 }).toArray());
})();
