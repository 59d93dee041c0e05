process.send({ hello: 'parent' });
