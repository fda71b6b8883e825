export * from './broker.js';
export * from './presign.js';
export * from './topics.js';
