// 'finish' after end(); writing after end is an error.
process.stdout.on('finish', () => console.error('finish'));
process.stdout.write('a\n');
process.stdout.end('b\n');
process.stdout.on('error', (e) => console.error('error event', e.code));
process.stdout.write('c\n', (e) => console.error('cb', e && e.code));
