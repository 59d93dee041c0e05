// A member read on null inside a template literal's substitution.
const user = { name: 'Ada', profile: null };
try {
  console.log(`Hello ${user.name}, you live in ${user.profile.city}!`);
} catch (e) {
  console.log(e.message);
}
const order = { id: 7, customer: undefined };
try {
  const line = `Order ${order.id} for ${order.customer.email}`;
  console.log(line);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
