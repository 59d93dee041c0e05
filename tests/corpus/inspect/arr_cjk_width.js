// Wide characters count double for column alignment.
console.log(['日本', '中文', '한국어', 'abc', 'de', 'f', 'ghij', 'k']);
