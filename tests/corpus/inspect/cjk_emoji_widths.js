const util = require('util');
const wide = { 'キー': '日本語の値です', emoji: '🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉', more: '中文字符中文字符中文字符中文字符', x: 'aaaa' };
console.log(wide);
console.log(['日本', '中文', '한국어', '😀', 'abc', 'ü', 'e\u0301', '👨‍👩‍👧']);
console.log(Array.from({ length: 30 }, (_, i) => '字'.repeat(i % 4 + 1)));
