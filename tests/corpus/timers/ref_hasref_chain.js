// ref()/unref() return the timer itself; hasRef() reports the state.
const t = setTimeout(() => console.log('fired'), 1);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
