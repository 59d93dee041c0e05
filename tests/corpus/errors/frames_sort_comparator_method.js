// A comparator written as an object's method, called by sort through the object.
const byAge = {
  compare(a, b) {
    if (a.age === undefined || b.age === undefined) throw new Error('missing age');
    return a.age - b.age;
  },
};
const people = [{ age: 3 }, {}, { age: 1 }];
people.sort((a, b) => byAge.compare(a, b));
