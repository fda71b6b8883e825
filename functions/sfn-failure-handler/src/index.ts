export { createSfnFailureHandler } from './handler.js';
