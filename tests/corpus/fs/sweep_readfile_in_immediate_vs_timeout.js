const fs = require('fs');
setImmediate(() => {
  fs.readFile(__filename, () => {
    setTimeout(() => console.log('timeout in read'), 0);
    setImmediate(() => console.log('immediate in read'));
  });
  console.log('immediate');
});
