// An async method that throws after an await: the rejection reaches the top.
class Api {
  async fetchUser(id) {
    await null;
    if (id < 0) throw new Error(`no user ${id}`);
    return { id };
  }
  async load() {
    const user = await this.fetchUser(-1);
    return user;
  }
}
new Api().load();
