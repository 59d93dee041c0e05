console.log('a');
new Promise((resolve) => { console.log('b'); resolve('c'); console.log('d'); }).then(console.log);
setTimeout(() => console.log('e'), 0);
console.log('f');
