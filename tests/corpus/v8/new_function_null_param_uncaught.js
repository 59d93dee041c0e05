new Function('a', 'return a.b')(null);
