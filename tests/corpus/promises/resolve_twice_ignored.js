// Only the first resolve/reject call counts; throwing after resolve in the executor is ignored.
new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('late'));
  throw new Error('ignored');
}).then((v) => console.log('value', v), (e) => console.log('never', e.message));
