export { createTestCleanupHandler } from './handler.js';
