// MessagePort is a NodeEventTarget: an EventTarget with EventEmitter-style methods.
const { MessageChannel, MessagePort } = require('worker_threads');
const EventEmitter = require('events');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof EventTarget, port1 instanceof MessagePort, port1 instanceof EventEmitter);
console.log(['on', 'once', 'emit', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'listenerCount',
  'eventNames', 'setMaxListeners', 'getMaxListeners', 'prependListener', 'rawListeners', 'listeners',
  'addEventListener', 'removeEventListener', 'dispatchEvent'].map((m) => `${m}:${typeof port1[m]}`).join(' '));
const chain = [];
for (let p = Object.getPrototypeOf(port1); p; p = Object.getPrototypeOf(p)) chain.push(p.constructor.name);
console.log(chain.join(' -> '));
console.log(Object.getOwnPropertyNames(MessagePort.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(MessagePort.prototype)));
console.log(Object.keys(port1), MessagePort.name, MessagePort.length);
console.log(Object.prototype.toString.call(port1));
try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
port1.addEventListener('message', (e) => console.log('addEventListener got', e.constructor.name, e.data));
port1.on('message', (value) => {
  console.log('on got', value, port1.listenerCount('message'));
  port1.close();
});
port1.once('close', () => console.log('close'));
port2.postMessage({ n: 1 });
