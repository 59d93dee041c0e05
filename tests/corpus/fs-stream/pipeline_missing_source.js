// pipeline whose source file does not exist: the callback gets ENOENT, the sink is destroyed.
const fs = require('fs');
const { pipeline } = require('stream');
const sink = fs.createWriteStream('never.txt');
pipeline(fs.createReadStream('missing.txt'), sink, (err) => {
  console.log('callback', err.code, err.message);
  console.log('sink destroyed', sink.destroyed);
});
