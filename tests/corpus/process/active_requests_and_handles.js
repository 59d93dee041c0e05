const fs = require('node:fs');
const before = process._getActiveHandles();
console.log(before.length);
const timer = setTimeout(() => {}, 50);
setImmediate(() => {});
fs.stat(__filename, () => {
  console.log('in stat callback', process._getActiveRequests().map((r) => r.constructor.name));
});
fs.promises.readFile(__filename).then(() => {
  const requests = process._getActiveRequests();
  console.log('in readFile continuation', requests.map((r) => r.constructor.name), Object.keys(requests[0]));
});
const requests = process._getActiveRequests();
console.log(requests.length, requests.map((r) => r.constructor.name), typeof requests[0].oncomplete, 'promise' in requests[1]);
const handles = process._getActiveHandles();
console.log(handles.length, handles.includes(process.stdout), handles.includes(timer));
console.log(process.getActiveResourcesInfo());
clearTimeout(timer);
