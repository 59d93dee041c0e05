// A `break` outside any loop or switch.
break;
