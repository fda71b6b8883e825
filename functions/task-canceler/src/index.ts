export { createTaskCancelerHandler } from './handler.js';
