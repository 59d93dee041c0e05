const fs = require('fs');
fs.writeFileSync('sweep_read_stream_start_end_hwm.tmp', 'abcdefghijklmnopqrstuvwxyz');
const rs = fs.createReadStream('sweep_read_stream_start_end_hwm.tmp', { start: 2, end: 11, highWaterMark: 4, encoding: 'utf8' });
rs.on('open', fd => console.log('open', typeof fd)); rs.on('ready', () => console.log('ready'));
rs.on('data', d => console.log('data', d, rs.bytesRead));
rs.on('end', () => console.log('end')); rs.on('close', () => { console.log('close'); fs.unlinkSync('sweep_read_stream_start_end_hwm.tmp'); });
console.log(rs.path, rs.start, rs.end, rs.pending, rs.readableHighWaterMark);
