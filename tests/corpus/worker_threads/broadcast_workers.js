// BroadcastChannel across threads: the main thread and two workers share a channel name.
const { Worker } = require('worker_threads');
const channel = new BroadcastChannel('jobs');
const replies = [];
channel.onmessage = (event) => {
  if (!event.data.startsWith('done')) return;
  replies.push(event.data);
  if (replies.length === 2) {
    console.log(replies.sort());
    channel.close();
  }
};
const code = `
  const { threadId } = require('worker_threads');
  const channel = new BroadcastChannel('jobs');
  channel.onmessage = (event) => {
    if (event.data !== 'job') return;
    channel.postMessage('done by worker ' + threadId);
    channel.close();
  };
`;
let online = 0;
for (let i = 0; i < 2; i++) {
  const w = new Worker(code, { eval: true });
  // 'online' comes before the worker's script has run: give both a moment to listen.
  w.on('online', () => {
    if (++online === 2) setTimeout(() => channel.postMessage('job'), 200);
  });
}
