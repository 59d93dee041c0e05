// A delay of exactly 2^31-1 is accepted without warning; unref() lets the process exit without waiting ~24.8 days.
const t = setTimeout(() => console.log('never'), 2 ** 31 - 1);
t.unref();
console.log('scheduled, hasRef:', t.hasRef());
