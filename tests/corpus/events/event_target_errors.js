// EventTarget and Event argument errors, in Node's words.
const t = new EventTarget();
const attempts = [
  () => new Event(),
  () => new Event('x', 5),
  () => t.addEventListener('x'),
  () => t.addEventListener('x', 5),
  () => t.dispatchEvent(),
  () => t.dispatchEvent({ type: 'x' }),
  () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}),
  () => new CustomEvent(),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
