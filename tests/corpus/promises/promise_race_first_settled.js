// Promise.race settles with the first input to settle; timers decide here.
const later = new Promise((r) => setTimeout(r, 100, 'later'));
const sooner = new Promise((r) => setTimeout(r, 5, 'sooner'));
Promise.race([later, sooner]).then((v) => console.log('race:', v));
Promise.race([Promise.reject(new Error('boom')), later]).catch((e) => console.log('race rejected:', e.message));
