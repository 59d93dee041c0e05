// Timers fire by expiry time; equal delays keep the order they were set in.
setTimeout(() => console.log("100 ms"), 100);
setTimeout(() => console.log("10 ms (a)"), 10);
setTimeout(() => console.log("50 ms"), 50);
setTimeout(() => console.log("10 ms (b)"), 10);
