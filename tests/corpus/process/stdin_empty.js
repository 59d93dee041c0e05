// stdin is a readable stream that ends without data here (nothing is piped in).
console.log(process.stdin.fd, typeof process.stdin.on, typeof process.stdin.read);
let bytes = 0;
process.stdin.on('data', (d) => { bytes += d.length; });
process.stdin.on('end', () => console.log('end', bytes));
