// A not-a-function error inside .then arrives in .catch.
Promise.resolve({ save: null })
  .then((doc) => doc.save())
  .catch((e) => console.log(e.constructor.name, e.message));
