// 20,000 timers with spread-out delays.
let fired = 0;
for (let i = 0; i < 20000; i++) setTimeout(() => { if (++fired === 20000) console.log(fired); }, i % 100);
