// A worker file name must be absolute or start with ./ or ../
const { Worker } = require('worker_threads');
try {
  new Worker('worker.js');
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.message);
}
