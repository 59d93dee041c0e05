async function getUser(id) {
  const users = {};
  return users[id].name;
}
getUser(7);
