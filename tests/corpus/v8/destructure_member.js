// Destructuring a missing property.
const response = {};
try {
  const { items } = response.data;
} catch (e) {
  console.log(e.message);
}
