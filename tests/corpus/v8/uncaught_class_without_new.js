// An uncaught class call without new.
class Store {}
const s = Store();
