// A timer called with arguments throws: Node's report shows the ReflectApply line of listOnTimeout.
function greet(name, punctuation) {
  console.log(`hello ${name}${punctuation}`);
  throw new Error(`no more greetings for ${name}`);
}
setTimeout(greet, 5, 'Ada', '!');
