export { createTaskFailureHandler } from './handler.js';
