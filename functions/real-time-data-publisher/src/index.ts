export * from './handler.js';
export * from './live-line.js';
export * from './payload.js';
