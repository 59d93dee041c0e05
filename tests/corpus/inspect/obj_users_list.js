// An array of records nested in an object.
console.log({ users: [{ name: 'alice', tags: ['a', 'b'], meta: { age: 30, langs: ['js', 'rust'] } }, { name: 'bob', tags: [], meta: {} }] });
