// An engine error thrown in a timer reaches the uncaughtException handler.
process.on('uncaughtException', (e) => console.log(e.name, '|', e.message));
setTimeout(() => {
  const page = null;
  page.title;
}, 0);
