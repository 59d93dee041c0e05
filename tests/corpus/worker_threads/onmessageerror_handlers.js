// BroadcastChannel and MessagePort have an `onmessageerror` event handler (null until set).
const bc = new BroadcastChannel('x');
console.log(bc, bc.onmessageerror, bc.onmessage, 'onmessageerror' in BroadcastChannel.prototype);
const handler = () => {};
bc.onmessageerror = handler;
console.log(bc.onmessageerror === handler);
bc.onmessageerror = 'not a function';
console.log(bc.onmessageerror);
bc.close();
const { port1, port2 } = new MessageChannel();
console.log(port1.onmessageerror, port1.onmessage);
port1.onmessageerror = handler;
console.log(port1.onmessageerror === handler);
port2.onmessage = (e) => { console.log('got', e.data, e.constructor.name); port1.close(); };
port1.postMessage({ a: 1 });
port2.on('close', () => console.log('port2 close'));
const { port1: p3 } = new MessageChannel(); p3.onmessage = 'str'; console.log(p3.onmessage); p3.close();
