// Timers with the same delay fire in the order they were created.
for (const name of ['a', 'b', 'c', 'd', 'e']) {
  setTimeout(() => console.log(name), 5);
}
