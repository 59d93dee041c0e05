// process.on('uncaughtException') receives the engine error with its message.
process.on('uncaughtException', (e) => console.log('handler:', e.message));
const item = undefined;
console.log('before');
item.price;
console.log('not reached');
