export * from './deps.js';
