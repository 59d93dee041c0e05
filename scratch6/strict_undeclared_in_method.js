'use strict';
const counter = {
  count: 0,
  bump() {
    totl = this.count + 1;
    return totl;
  },
};
counter.bump();
