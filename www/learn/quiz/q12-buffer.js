const b = Buffer.from('hi');
console.log(b.length);
console.log(b.toString('hex'));
console.log(Buffer.from('€').length);
