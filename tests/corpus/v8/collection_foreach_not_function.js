const set = new Set([1, 2]);
const map = new Map([['a', 1]]);
const attempts = [
  () => set.forEach(),
  () => set.forEach('print'),
  () => map.forEach(5),
  () => map.forEach({}),
  () => set.forEach(null),
  () => map.forEach(true),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(e.message);
  }
}
