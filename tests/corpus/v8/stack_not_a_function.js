// The stack of a not-a-function error in a method: 'this.sound.start is not a function'.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
class Player {
  constructor() {
    this.sound = {};
  }
  play() {
    this.sound.start();
  }
}
try {
  new Player().play();
} catch (e) {
  show(e);
}
