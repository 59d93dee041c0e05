// A mixed array of eight short entries fits on one line.
console.log([1, 'two', { three: 3 }, [4], null, undefined, true, 8n]);
