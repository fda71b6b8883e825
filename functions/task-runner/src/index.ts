export { createTaskRunnerHandler } from './handler.js';
