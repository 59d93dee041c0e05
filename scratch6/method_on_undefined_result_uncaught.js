function findUser(users, name) {
  for (const u of users) {
    if (u.name === name) return u;
  }
}
const users = [{ name: 'a', tags: ['x'] }];
console.log(findUser(users, 'a').tags.join());
findUser(users, 'b').tags.join();
