// compose's argument checks and an error in the middle stage.
const { compose, Readable, Writable, PassThrough } = require('stream');
try { compose(); } catch (e) { console.log(e.code, e.message); }
try { compose(new Writable(), new PassThrough()); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
try { compose(new PassThrough(), Readable.from([])); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
const c = compose(new PassThrough(), async function* (src) {
  for await (const chunk of src) {
    if (String(chunk) === 'bad') throw new Error('stage failed');
    yield chunk;
  }
});
c.on('data', (d) => console.log('data', String(d)));
c.on('error', (e) => console.log('error', e.message));
c.on('close', () => console.log('close'));
c.write('good');
c.write('bad');
try { Readable.from([]).compose(Readable.from([])); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
