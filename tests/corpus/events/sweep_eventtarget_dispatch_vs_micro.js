const et = new EventTarget();
et.addEventListener('ping', (ev) => {
  console.log('l1', ev.type, ev.eventPhase);
  Promise.resolve().then(() => console.log('micro from l1'));
  process.nextTick(() => console.log('tick from l1'));
});
et.addEventListener('ping', () => console.log('l2'), { once: true });
et.addEventListener('ping', { handleEvent(ev) { console.log('handleEvent', this.constructor.name); } });
console.log('dispatch ret', et.dispatchEvent(new Event('ping')));
et.dispatchEvent(new Event('ping'));
console.log('sync end');
