// A factory that forgot to return: the method call on its result fails.
function Car(name) {
  this.name = name;
}
const c = Car('mini');
c.drive();
