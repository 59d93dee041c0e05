// An error thrown by a ReadStream's 'data' listener ends the process; its stack runs through
// Node's push() path down to the read's callback.
const fs = require('fs');
fs.writeFileSync('throw_in_data_listener.tmp', 'hello');
const stream = fs.createReadStream('throw_in_data_listener.tmp');
process.on('exit', () => fs.unlinkSync('throw_in_data_listener.tmp'));
stream.on('data', () => {
  throw new Error('in data');
});
