class User {}
var User = 1;
