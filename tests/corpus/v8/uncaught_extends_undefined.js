const Base = undefined;

class Child extends Base {
  hello() {
    return 'hi';
  }
}
console.log(new Child().hello());
