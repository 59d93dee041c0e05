// An EventTarget listener runs under Node's kHybridDispatch and dispatchEvent; an abort
// listener (or `onabort`) under abortSignal and AbortController.abort too.
const show = (label) => console.log(new Error(label).stack.split(__dirname).join('.'));
const target = new EventTarget();
target.addEventListener('ping', () => show('listener'));
target.dispatchEvent(new Event('ping'));
const controller = new AbortController();
controller.signal.addEventListener('abort', () => show('abort listener'));
controller.abort();
setTimeout(() => target.dispatchEvent(new Event('ping')), 1);
const timed = AbortSignal.timeout(5);
timed.addEventListener('abort', () => show('timeout'));
setTimeout(() => {}, 20);
