// fs callbacks and fs.promises keep the store of the call that started them.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
als.run('stat', () => {
  fs.stat(__filename, (err) => console.log('stat callback', err, als.getStore()));
});
als.run('read', () => {
  fs.readFile(__filename, 'utf8', (err, text) => {
    console.log('readFile callback', text.length > 0, als.getStore());
    fs.access(__filename, () => console.log('nested access', als.getStore()));
  });
});
als.run('promise', async () => {
  const st = await fs.promises.stat(__filename);
  console.log('promises.stat', st.isFile(), als.getStore());
});
