// An engine TypeError in a microtask is placed where it happened.
queueMicrotask(() => { null.x; });
