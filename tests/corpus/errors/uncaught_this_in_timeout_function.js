const obj = {
  name: 'timer',
  start() {
    setTimeout(function () {
      console.log(this.name.toUpperCase());
    }, 5);
  },
};
obj.start();
