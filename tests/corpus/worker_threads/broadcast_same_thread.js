// BroadcastChannel: a message reaches every other channel of the same name, not the sender.
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
b.onmessage = (event) => {
  console.log('b got', event.data, event instanceof MessageEvent, event.type);
  a.close(); b.close(); c.close();
  console.log('closed');
};
c.onmessage = () => console.log('c never hears news');
a.addEventListener('message', () => console.log('a never hears itself'));
a.postMessage({ headline: 'hello' });
process.nextTick(() => console.log('nextTick before delivery'));
console.log('posted', b.name);
