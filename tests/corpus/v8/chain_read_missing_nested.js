// Reading through a missing nested object.
const app = { router: {} };
try {
  console.log(app.router.routes.length);
} catch (e) {
  console.log(e.message);
}
