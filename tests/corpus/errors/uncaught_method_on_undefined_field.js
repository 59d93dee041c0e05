// A method called on an instance field never set: V8 names the method it could not read.
class UserRepository {
  constructor(options) {
    this.table = options.table;
  }
  findAll() {
    return this.connection.query(`SELECT * FROM ${this.table}`);
  }
}
const repo = new UserRepository({ table: 'users' });
try {
  repo.findAll();
} catch (e) {
  console.log(e.message);
}
repo.findAll();
