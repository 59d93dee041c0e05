// An already-aborted signal: question() rejects with an AbortError made in Node's executor.
const rlp = require('readline/promises');
const { Readable } = require('stream');
const rl = rlp.createInterface({ input: Readable.from([]) });
rl.question('q', { signal: AbortSignal.abort() });
