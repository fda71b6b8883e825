export * from './analysis/index.js';
export * from './auth/index.js';
export type * from './console/config.js';
export * from './criteria/index.js';
export * from './orchestration/index.js';
export * from './results/index.js';
export * from './scenario/index.js';
export * from './scripts/index.js';
