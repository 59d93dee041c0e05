const fs = require('fs');
const f = 'sweep_interval_rs.tmp';
fs.writeFileSync(f, 'abc');
let n = 0;
const iv = setInterval(() => { console.log('interval', ++n); if (n === 3) clearInterval(iv); }, 1);
fs.createReadStream(f).on('data', (d) => console.log('data', d.toString())).on('close', () => { console.log('close'); fs.unlinkSync(f); });
