process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick'));
});
process.nextTick(() => console.log('tick 2'));
