export { createStartCommandHandler } from './handler.js';
