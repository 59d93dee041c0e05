// Objects with many keys break across lines at 80 columns.
const config = { host: 'localhost', port: 8080, secure: false, timeout: 3000, retries: 5, verbose: true };
console.log(config);
const wide = {};
for (let i = 0; i < 26; i++) wide[String.fromCharCode(97 + i)] = i;
console.log(wide);
const medium = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' };
console.log(medium);
console.log({ nested: medium });
console.log({ a: 1, b: 2, c: 3, d: { e: 4, f: 5, g: { h: 6, i: 7 } } });
const seventy = { key1: 'value-one-xx', key2: 'value-two-xx', key3: 'value-three-', k: 'v' };
console.log(seventy);
console.log({ x: seventy });
console.log([seventy]);
