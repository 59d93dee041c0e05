// An async chain's rejection nobody handles: Node prints the stack with its async frames.
async function load() {
  await null;
  throw new Error('unhandled in load');
}
async function start() {
  await load();
}
start();
