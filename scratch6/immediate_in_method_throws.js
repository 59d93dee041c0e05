class Job {
  run(data) {
    setImmediate(() => {
      console.log('running');
      const total = data.items.length;
      console.log(total);
    });
  }
}
new Job().run({});
