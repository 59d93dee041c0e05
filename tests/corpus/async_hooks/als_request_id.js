// The classic request-id logger: each "request" keeps its id across async steps.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const requestContext = new AsyncLocalStorage();
function log(msg) {
  const ctx = requestContext.getStore();
  console.log(`[${ctx ? ctx.requestId : '-'}] ${msg}`);
}
async function handle(requestId, delay) {
  return requestContext.run({ requestId }, async () => {
    log('received');
    await new Promise((r) => setTimeout(r, delay));
    log('after delay');
    const data = await fs.promises.readFile(__filename, 'utf8');
    log(`read ${data.split('\n').length} lines`);
    return requestId;
  });
}
Promise.all([handle('req-1', 100), handle('req-2', 5), handle('req-3', 50)]).then((ids) => {
  log(`done ${ids.join(',')}`);
});
log('server started');
