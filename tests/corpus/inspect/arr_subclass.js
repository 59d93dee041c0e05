// Array subclasses show their class and length.
class MyArr extends Array {}
console.log(MyArr.from([1, 2]), new MyArr());
