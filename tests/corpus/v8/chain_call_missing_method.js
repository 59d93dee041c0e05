// Calling a method that a nested object lacks.
const app = { router: {} };
try {
  app.router.get('/');
} catch (e) {
  console.log(e.message);
}
