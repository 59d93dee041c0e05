const p = Promise.resolve('x');
Promise.all([p]).then(() => console.log('all'));
Promise.allSettled([p]).then(() => console.log('allSettled'));
Promise.race([p]).then(() => console.log('race'));
Promise.any([p]).then(() => console.log('any'));
p.then(() => console.log('then1')).then(() => console.log('then2')).then(() => console.log('then3')).then(() => console.log('then4'));
Promise.all([]).then(() => console.log('all empty'));
Promise.race([1, 2]).then(v => console.log('race plain', v));
