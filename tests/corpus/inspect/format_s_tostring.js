// %s calls a user-defined toString.
class T { toString() { return 'custom toString'; } }
console.log('%s', new T(), { toString() { return 'own'; } });
