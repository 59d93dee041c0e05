console.table([{ s: 'héllo wörld' }, { s: '日本語テキスト' }, { s: '😀 emoji 🎉' }, { s: 'a'.repeat(40) }]);
