// A ${ in the string prevents backticks too.
console.log(['it\'s "q" ${x}']);
