// refresh() restarts the countdown from now, keeping the same object.
const start = Date.now();
const t = setTimeout(() => console.log('refreshed timer, after the 30 ms one'), 20);
setTimeout(() => {
  console.log('10 ms: refresh');
  t.refresh();
}, 10);
setTimeout(() => console.log('30 ms'), 25);
