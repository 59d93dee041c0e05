// console.group indents following output, including multi-line values.
console.log('top');
console.group('Group A');
console.log('inside A');
console.log({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccccc' });
console.group();
console.log('nested');
console.groupEnd();
console.groupEnd();
console.log('back');
