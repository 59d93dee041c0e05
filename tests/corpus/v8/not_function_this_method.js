// this.helper() inside a method where helper is missing.
class Service {
  start() {
    this.helper();
  }
}
try {
  new Service().start();
} catch (e) {
  console.log(e.message);
}
