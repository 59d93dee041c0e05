// An async function that throws and is never awaited produces an unhandled rejection: exit code 1.
async function job() {
  await null;
  throw new Error('async job failed');
}
job();
console.log('called job');
