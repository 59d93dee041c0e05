// Class instances in a cycle: the constructor names appear in the message.
class Person {}
class Team {}
const p = new Person();
const t = new Team();
p.team = t;
t.lead = p;
try {
  JSON.stringify(p);
} catch (e) {
  console.log(String(e));
}
