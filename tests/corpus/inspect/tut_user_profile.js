// A user profile with nested data, as a tutorial prints it.
const user = {
  id: 42,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  roles: ['admin', 'editor', 'viewer'],
  address: { street: '12 St James Square', city: 'London', geo: { lat: 51.5, lng: -0.13, extra: { deep: true } } },
  active: true,
  lastLogin: null,
};
console.log(user);
console.log('User:', user);
console.log(JSON.stringify(user));
console.log([user, user]);
