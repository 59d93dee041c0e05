process.on('unhandledRejection', (r) => {
  console.log('unhandled', r);
  if (r === 1) Promise.reject(2);
});
Promise.reject(1);
setTimeout(() => console.log('done'), 5);
