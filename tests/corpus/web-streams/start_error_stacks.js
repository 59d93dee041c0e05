// start() runs inside each constructor: Node's setup functions sit between it and the caller.
const show = (tag) => (e) => console.error(tag, e.stack);
try { new ReadableStream({ start() { throw new Error('rs start'); } }); } catch (e) { show('A')(e); }
try { new ReadableStream({ type: 'bytes', start() { throw new Error('byte start'); } }); } catch (e) { show('B')(e); }
try { new WritableStream({ start() { throw new Error('ws start'); } }); } catch (e) { show('C')(e); }
try { new TransformStream({ start() { throw new Error('ts start'); } }); } catch (e) { show('D')(e); }
class Counter extends ReadableStream {
  constructor() {
    super({ start(c) { console.error('E', new Error('in start').stack); c.close(); } });
  }
}
new Counter();
