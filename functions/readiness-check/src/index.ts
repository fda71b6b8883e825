export { createReadinessCheckHandler } from './handler.js';
