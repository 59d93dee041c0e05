const fs = require('fs');
fs.readFile('./missing-config.json', 'utf8', (err, data) => {
  const cfg = JSON.parse(data);
  console.log(cfg);
});
