process.on('uncaughtException', (e) => console.log('uE', e.message));
process.on('unhandledRejection', (r) => { console.log('uR', r.message); throw new Error('from uR'); });
Promise.reject(new Error('first'));
setTimeout(() => console.log('timer still runs'), 0);
