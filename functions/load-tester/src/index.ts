export * from './engine/http-engine.js';
export * from './engine/plan.js';
export * from './start-signal.js';
export * from './task-config.js';
