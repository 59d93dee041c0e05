// question() on a closed interface throws ERR_USE_AFTER_CLOSE from [kQuestion]; the promise
// form rejects from its executor, and an aborted signal rejects before asking.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from([]) });
rl.close();
try { rl.question('q', () => {}); } catch (e) { console.error(e.stack); }
try { rl.write('x'); } catch (e) { console.error(e.stack); }
try { rl.prompt(); } catch (e) { console.error(e.stack); }
try { rl.pause(); rl.resume(); console.log('ok'); } catch (e) { console.error(e.stack); }
const rl2 = rlp.createInterface({ input: Readable.from([]) });
rl2.close();
rl2.question('q').catch(e => console.error(e.stack));
const rl3 = rlp.createInterface({ input: Readable.from([]) });
rl3.question('q', { signal: AbortSignal.abort() }).catch(e => console.error(e.stack));
