console.log(Object.getOwnPropertyNames(Intl));
