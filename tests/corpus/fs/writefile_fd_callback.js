// writeFile and appendFile with a descriptor write at its position (an 'a' descriptor at the end).
const fs = require('fs');
const b = 'tmp_writefile_fd_b.txt';
const c = 'tmp_writefile_fd_c.txt';
fs.writeFileSync(b, '0123456789');
fs.open(b, 'r+', (err, fd) => {
  fs.writeFile(fd, 'ab', (err) => {
    console.log('wrote', err);
    fs.appendFile(fd, 'cd', (err) => {
      console.log('appended', err);
      fs.close(fd, () => {
        console.log(fs.readFileSync(b, 'utf8'));
        fs.unlinkSync(b);
        fs.open(c, 'a', (err, fd) => {
          fs.writeFile(fd, 'first', () => {
            fs.writeFile(fd, '-second', () => {
              fs.closeSync(fd);
              console.log('c:', fs.readFileSync(c, 'utf8'));
              fs.unlinkSync(c);
            });
          });
        });
      });
    });
  });
});
