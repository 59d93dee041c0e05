// Promise statics borrowed with a `this` that is not a constructor object.
const { resolve, reject, all, race, allSettled, any } = Promise;
for (const [name, attempt] of Object.entries({
  resolve: () => resolve(1),
  reject: () => reject(1),
  all: () => all([]),
  race: () => race.call(1, []),
  allSettled: () => allSettled([]),
  any: () => any.call(null, []),
})) {
  try {
    attempt();
  } catch (e) {
    console.log(`${name}: ${e.message}`);
  }
}
