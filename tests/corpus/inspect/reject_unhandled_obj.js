Promise.reject({ reason: 'object reason', list: [1] });
