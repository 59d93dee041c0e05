let n = 0;
for (let i = 0; i < 3; i++) process.stdout.write(`line ${i}\n`, () => { n++; console.log('cb', i, n); });
process.stdout.write(Buffer.from('buffer line\n'), (err) => console.log('buffer cb', err));
process.stdout.write(new Uint8Array([104, 105, 10]));
try { process.stdout.write(5); } catch (e) { console.log(e.code, e.message); }
try { process.stdout.write('x', 'nope'); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => console.log('done', n), 0);
