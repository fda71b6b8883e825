export { createResultsParserHandler } from './handler.js';
