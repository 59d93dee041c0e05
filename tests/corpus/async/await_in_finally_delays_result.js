async function f() {
  try {
    console.log('try');
    return 'from try';
  } finally {
    await null;
    console.log('finally after await');
  }
}
f().then(v => console.log('result', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
