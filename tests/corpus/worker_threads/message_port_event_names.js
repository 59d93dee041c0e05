// A port's eventNames() include the 'newListener'/'removeListener' listeners Node's
// setupPortReferencing adds to every port.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1.eventNames(), port1.listenerCount('newListener'));
port1.on('message', () => {});
console.log(port1.eventNames());
port1.close();
port2.close();
