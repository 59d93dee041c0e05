Promise.reject(new Error('boom'))
  .catch((e) => console.log('caught', e.message))
  .finally(() => console.log('finally'));
console.log('sync');
