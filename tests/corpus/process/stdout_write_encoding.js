// write(string, encoding) decodes the string with that encoding first.
process.stdout.write('68656c6c6f0a', 'hex');
process.stdout.write('d29ybGQK', 'base64');
process.stdout.write('plain\n', 'utf8');
try {
  process.stdout.write('x', 'nope');
} catch (e) {
  console.log(e.code, e.message);
}
