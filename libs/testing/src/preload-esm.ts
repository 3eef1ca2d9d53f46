// Some Nest packages (throttler, nestjs-pino) are still CommonJS and require() the ESM-only
// @nestjs/common. Jest refuses require(esm) while that module is still being linked, so the ESM
// packages are evaluated first, as Node itself would have them by then.
import 'reflect-metadata';
import '@nestjs/common';
import '@nestjs/core';
