// toString(encoding, start, end) clamps and truncates its range arguments.
const buf = Buffer.from('abcdef');
const args = [[0, 3], [2], [2, 100], [-5, 2], [4, 2], [1.7, 4.9], [NaN, 3], [1, NaN], ['1', '3'], [undefined, 2], [6], [0, -1], [0, Infinity]];
for (const [s, e] of args) console.log(String(s), String(e), JSON.stringify(buf.toString('utf8', s, e)));
console.log(JSON.stringify(buf.toString(undefined, 1, 2)), JSON.stringify(buf.toString(undefined)));
