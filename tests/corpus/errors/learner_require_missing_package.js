const lodash = require('lodahs');
