export * from './api-gateway-event.js';
export * from './credentials.js';
export * from './local-api.js';
export * from './local-stack.js';
export * from './server.js';
export { STAND_IN_CREDENTIALS, type StandIns, type StandInsOptions, startStandIns } from './stand-ins.js';
export * from './state-machine/index.js';
