// An instance without properties prints as Name {}.
class Empty {}
console.log(new Empty(), [new Empty()]);
