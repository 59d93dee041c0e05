const fs = require('fs');
fs.stat(__filename, (err, st) => {
  console.log('stat', st.isFile());
  process.nextTick(() => console.log('tick in stat'));
  setImmediate(() => console.log('imm in stat'));
});
fs.stat(__filename, () => console.log('stat 2'));
