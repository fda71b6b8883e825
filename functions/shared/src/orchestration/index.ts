export * from './asl.js';
export * from './asl-check.js';
export * from './poll-interval.js';
export * from './ports.js';
export * from './state-machine.js';
export * from './task-env.js';
