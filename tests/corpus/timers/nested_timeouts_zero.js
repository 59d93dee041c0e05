// Each nested setTimeout(0) runs in a later timers phase, after the immediate queued with it.
setTimeout(() => {
  console.log('timeout 1');
  setImmediate(() => console.log('immediate 1'));
  setTimeout(() => {
    console.log('timeout 2');
    setImmediate(() => console.log('immediate 2'));
    setTimeout(() => console.log('timeout 3'), 0);
  }, 0);
}, 0);
