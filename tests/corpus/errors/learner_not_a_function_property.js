const config = { port: 8080 };
config.port();
