// The Readable operators: map, filter, take, drop, flatMap return streams; toArray, reduce,
// forEach, some, every, find return promises.
const { Readable } = require('stream');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4, 5]).map((x) => x * 10).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  console.log(await Readable.from(['a b', 'c']).flatMap((s) => s.split(' ')).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1));
  await Readable.from(['x', 'y']).forEach((v) => console.log('forEach', v));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(typeof Readable.prototype.map, Object.keys(Readable.prototype).includes('map'));
})();
