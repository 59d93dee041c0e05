// stream/promises from an ES module, with a final async function stage.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
const total = await pipeline(
  Readable.from([1, 2, 3, 4]),
  async function (source) {
    let sum = 0;
    for await (const n of source) sum += n;
    return sum;
  },
);
console.log('total', total);
