const arr = [-5], o = { k: -5 };
console.log(10 ** arr[0], 10 ** o['k'], [10 ** arr[0]]);
