setTimeout(() => console.log('timer'), 0);
await new Promise(r => setTimeout(r, 2));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro a')).then(() => console.log('micro b')).then(() => console.log('micro c')).then(() => console.log('micro d'));
throw new Error('late');
