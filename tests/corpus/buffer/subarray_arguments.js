// subarray/slice bounds: negative from the end, truncated, NaN as 0, clamped.
const buf = Buffer.from('abcde');
for (const [s, e] of [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [1.7, 3.9], [NaN, 2], [0, NaN], [-10, 10], ['1', '3'], [Infinity], [-Infinity, 2]]) {
  console.log(String(s), String(e), JSON.stringify(buf.subarray(s, e).toString()), JSON.stringify(buf.slice(s, e).toString()));
}
