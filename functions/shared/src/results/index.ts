export * from './artifact.js';
export * from './criteria-source.js';
export * from './histogram.js';
export * from './merge.js';
export * from './recorder.js';
export * from './series-codec.js';
export * from './stats.js';
export * from './summary.js';
