// Timers fire in order of their delays, not of their creation.
// (Delays far apart, so that a stalled process between two setTimeout calls cannot reorder them.)
setTimeout(() => console.log('300ms'), 300);
setTimeout(() => console.log('100ms'), 100);
setTimeout(() => console.log('200ms'), 200);
setTimeout(() => console.log('0ms'), 0);
