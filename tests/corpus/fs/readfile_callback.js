// fs.readFile with and without an encoding: a Buffer, or a string.
const fs = require('fs');
fs.readFile('fixtures/hello.txt', (err, data) => {
  console.log(err, Buffer.isBuffer(data), data.length, data);
  fs.readFile('fixtures/hello.txt', 'utf8', (err2, text) => {
    console.log(err2, typeof text, JSON.stringify(text));
    fs.readFile('fixtures/hello.txt', { encoding: 'base64' }, (err3, b64) => console.log(b64));
  });
});
