const weird = { 'key with spaces': 1, 'quote\'s': 2, 'dq"s': 3, 'new\nline': 4, 'tab\t': 5, 'ünï': 6, '日本': 7, '0': 8, '01': 9, '1e3': 10, 'NaN': 11, 'null': 12, 'class': 13 };
console.log(weird);
console.log(Object.keys(weird));
