process.stdout.write('plain\n');
process.stdout.write(Buffer.from('from buffer\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('', () => console.log('empty write callback'));
try { process.stdout.write(42); } catch (e) { console.log(e.code, e.message); }
try { process.stdout.write({ a: 1 }); } catch (e) { console.log(e.code, e.message); }
try { process.stdout.write(null); } catch (e) { console.log(e.code, e.message); }
try { process.stdout.write(); } catch (e) { console.log(e.code, e.message); }
console.log(process.stdout.write('x\n'));
process.stdout.write('68690a', 'hex');
