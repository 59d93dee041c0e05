const fsp = require('node:fs/promises');
async function main() {
  await fsp.writeFile('active_resources_filehandle.tmp', 'data');
  const handle = await fsp.open('active_resources_filehandle.tmp', 'r');
  const reading = handle.read(Buffer.alloc(4), 0, 4, 0);
  console.log('while reading', process.getActiveResourcesInfo());
  await reading;
  console.log('after read', process.getActiveResourcesInfo());
  const closing = handle.close();
  console.log('while closing', process.getActiveResourcesInfo());
  await closing;
  console.log('after close', process.getActiveResourcesInfo());
  const writing = fsp.writeFile('active_resources_filehandle.tmp', 'more');
  console.log('writeFile', process.getActiveResourcesInfo());
  await writing;
  await fsp.unlink('active_resources_filehandle.tmp');
  console.log('done', process._getActiveRequests().length);
}
main();
