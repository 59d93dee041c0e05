class Api {
  fetchUser(id) {
    return Promise.resolve({ id, profile: null });
  }
  load() {
    this.fetchUser(1).then((user) => {
      console.log(user.profile.name);
    });
  }
}
new Api().load();
