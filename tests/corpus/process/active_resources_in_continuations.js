const fs = require('fs');
fs.stat(__filename, () => {
  console.log('cb', process.getActiveResourcesInfo());
  process.nextTick(() => console.log('tick', process.getActiveResourcesInfo()));
  Promise.resolve().then(() => console.log('micro', process.getActiveResourcesInfo()));
  setImmediate(() => console.log('immediate', process.getActiveResourcesInfo()));
});
fs.promises.stat(__filename).then(() => {
  console.log('then', process.getActiveResourcesInfo());
  process.nextTick(() => console.log('then tick', process.getActiveResourcesInfo()));
});
