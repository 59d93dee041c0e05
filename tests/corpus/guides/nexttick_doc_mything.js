// process.nextTick docs: MyThing defers startDoingStuff so the user can call getReadyForStuff first.
const { nextTick } = require('node:process');

function MyThing(options) {
  this.setupOptions(options);
  nextTick(() => {
    this.startDoingStuff();
  });
}
MyThing.prototype.setupOptions = function () { console.log('setupOptions'); };
MyThing.prototype.getReadyForStuff = function () { console.log('getReadyForStuff'); };
MyThing.prototype.startDoingStuff = function () { console.log('startDoingStuff'); };

const thing = new MyThing();
thing.getReadyForStuff();
