export * from './run-local.js';
