export { createRegionalSyncHandler } from './handler.js';
