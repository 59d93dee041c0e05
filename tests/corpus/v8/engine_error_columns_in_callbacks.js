// Where V8 places engine errors raised inside callbacks of block and expression bodies, and
// how it names the frame while the callback still runs.
const here = (stack) => stack.split('\n')[1].replace(__dirname, '.');
setTimeout(() => { try { notDefinedHere(); } catch (e) { console.log('timeout arrow  ', here(e.stack)); } });
setTimeout(function named() { try { alsoMissing(); } catch (e) { console.log('named timeout  ', here(e.stack)); } });
setImmediate(() => { try { const n = null; n.size; } catch (e) { console.log('immediate arrow', here(e.stack)); } });
Promise.resolve().then(() => { try { missingInThen(); } catch (e) { console.log('then block     ', here(e.stack)); } });
Promise.resolve().then(() => missingExpression()).catch((e) => console.log('then expression', here(e.stack)));
process.nextTick(function tock() { try { [].x.y; } catch (e) { console.log('tick function  ', here(e.stack)); } });
