// exit accepts an integer string; the exit event sees the number.
process.on('exit', (code) => console.log('exit', code, typeof code));
process.exit('7');
