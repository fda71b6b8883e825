export * from './asl.js';
export * from './asl-check.js';
export * from './poll-interval.js';
export * from './state-machine.js';
