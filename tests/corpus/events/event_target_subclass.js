// Subclassing EventTarget and Event: instances inspect under their own class names.
class Door extends EventTarget {
  open() { this.dispatchEvent(new DoorEvent('open', 'front')); }
}
class DoorEvent extends Event {
  constructor(type, which) { super(type); this.which = which; }
}
const door = new Door();
door.addEventListener('open', (e) => console.log('opened', e.which, e instanceof DoorEvent, e.target === door));
door.open();
console.log(door, require('util').inspect(new DoorEvent('x', 'y'), { depth: -1 }));
