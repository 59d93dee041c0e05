// finally passes the value through and takes extra turns.
Promise.resolve('v').finally(() => console.log('finally')).then((v) => console.log('after finally', v));
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
