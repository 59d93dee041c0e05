// Frames of object-literal function properties, setters, static getters and nested methods.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
const api = {
  load: function () {
    throw new Error('load');
  },
  set size(v) {
    throw new Error('size ' + v);
  },
};
class Store {
  static get instance() {
    throw new Error('instance');
  }
  save() {
    return this.write();
  }
  write() {
    throw new Error('write');
  }
}
try {
  api.load();
} catch (e) {
  show(e);
}
try {
  api.size = 3;
} catch (e) {
  show(e);
}
try {
  Store.instance;
} catch (e) {
  show(e);
}
try {
  const store = new Store();
  store.save();
} catch (e) {
  show(e);
}
