export * from './presigned.js';
export {
  SIGV4_MESSAGES,
  type SignedRequest,
  type SigV4ErrorType,
  type VerifyOptions,
  type VerifyResult,
  verifySigV4,
} from './sigv4.js';
