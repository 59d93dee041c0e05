const fs = require('fs');
setTimeout(() => {
  setTimeout(() => console.log('from timer'), 10);
  setImmediate(() => {
    setTimeout(() => console.log('from check'), 10);
  });
}, 2);
