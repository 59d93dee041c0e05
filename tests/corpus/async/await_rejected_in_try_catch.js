// await of a rejected promise throws at the await, catchable with try/catch; finally runs after.
async function f() {
  try {
    await Promise.reject(new Error('nope'));
    console.log('not reached');
  } catch (e) {
    console.log('catch', e.message);
  } finally {
    console.log('finally');
  }
  return 'done';
}
f().then((v) => console.log(v));
