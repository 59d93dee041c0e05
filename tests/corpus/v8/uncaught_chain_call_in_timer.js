// An uncaught call of a missing method, in a timer.
const app = { router: {} };
setTimeout(() => {
  app.router.get('/');
}, 1);
