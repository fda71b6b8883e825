export { createOrphanCleanupHandler } from './handler.js';
