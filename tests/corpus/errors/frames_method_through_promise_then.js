// A method called from a then callback, throwing on the data it was given.
class Repo {
  save(record) {
    if (!record.id) throw new Error('record has no id');
    return record;
  }
}
const repo = new Repo();
Promise.resolve({ name: 'x' }).then((record) => repo.save(record));
