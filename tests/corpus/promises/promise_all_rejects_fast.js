// Promise.all rejects with the first rejection; the other inputs keep running.
Promise.all([
  new Promise((r) => setTimeout(() => { console.log('slow input finished'); r(1); }, 5)),
  Promise.reject(new Error('fail')),
]).then(() => console.log('never'), (e) => console.log('rejected:', e.message));
