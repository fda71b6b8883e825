export { createTaskStatusCheckerHandler } from './handler.js';
