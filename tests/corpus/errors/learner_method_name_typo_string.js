const name = 'Ada';
console.log(name.toUppercase());
