export * from './credentials.js';
export { STAND_IN_CREDENTIALS, type StandIns, type StandInsOptions, startStandIns } from './stand-ins.js';
