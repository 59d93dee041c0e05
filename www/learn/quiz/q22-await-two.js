async function task(name) {
  console.log(`${name} 1`);
  await null;
  console.log(`${name} 2`);
}
task('A');
task('B');
