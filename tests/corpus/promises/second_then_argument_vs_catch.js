// then(onOk, onErr) does not catch errors thrown by onOk; a following catch() does.
Promise.resolve()
  .then(() => { throw new Error('in onOk'); }, () => console.log('not called'))
  .catch((e) => console.log('catch got', e.message));
