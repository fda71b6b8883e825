import { CognitoIdentityPool } from '@cdktf/provider-aws/lib/cognito-identity-pool/index.js';
import { CognitoIdentityPoolRolesAttachment } from '@cdktf/provider-aws/lib/cognito-identity-pool-roles-attachment/index.js';
import { CognitoUser } from '@cdktf/provider-aws/lib/cognito-user/index.js';
import { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool/index.js';
import { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client/index.js';
import { CognitoUserPoolDomain } from '@cdktf/provider-aws/lib/cognito-user-pool-domain/index.js';
import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import type { Construct } from 'constructs';
import { x } from '../lib/expr.js';
import { roleWithPolicy, type Statement } from '../lib/iam.js';
import { API_STAGE } from './api.js';

/** Where the web console receives the authorization code and returns after sign-out (web/src/auth/aws-login.ts). */
export const CONSOLE_CALLBACK_PATH = '/login';
/** `dlt login --browser`'s default callback (cli/src/auth/browser-login.ts); Cognito allows plain http only on localhost. */
export const CLI_CALLBACK_URL = 'http://localhost:7521/callback';
export const OAUTH_SCOPES = ['openid', 'email', 'profile'];
/** Words Cognito refuses in a domain prefix. */
export const RESERVED_DOMAIN_WORDS = ['aws', 'amazon', 'cognito'];

export interface AuthProps {
  namePrefix: string;
  adminName: string;
  adminEmail: string;
  deletionProtection: string;
  permissionsBoundary: string;
  apiExecutionArn: string;
  bucket: S3Bucket;
  /** Terraform expression (no `${}`) of the Hosted UI domain prefix. */
  domainPrefixExpr: string;
  /** Where the Hosted UI may send a code (console pages and the CLI's loopback callback) and a signed-out user. */
  callbackUrls: string[];
  logoutUrls: string[];
  /** The callback list as a Terraform expression (no `${}`), for the precondition. */
  callbackUrlsExpr: string;
  /** More rights for signed-in users (live data over IoT). */
  userStatements?: Statement[];
}

export interface Auth {
  userPool: CognitoUserPool;
  domain: CognitoUserPoolDomain;
  client: CognitoUserPoolClient;
  identityPool: CognitoIdentityPool;
}

export function createAuth(scope: Construct, props: AuthProps): Auth {
  const userPool = new CognitoUserPool(scope, 'user_pool', {
    name: `${props.namePrefix}-users`,
    deletionProtection: props.deletionProtection,
    // Users are invited by an administrator; nobody signs themselves up to a tool that spends AWS money.
    adminCreateUserConfig: {
      allowAdminCreateUserOnly: true,
      inviteMessageTemplate: {
        emailSubject: 'Your distributed load testing account',
        emailMessage: 'Your username is {username} and your temporary password is {####}',
        smsMessage: 'Your username is {username} and your temporary password is {####}',
      },
    },
    passwordPolicy: {
      minimumLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: true,
      temporaryPasswordValidityDays: 7,
    },
    autoVerifiedAttributes: ['email'],
    accountRecoverySetting: { recoveryMechanism: [{ name: 'verified_email', priority: 1 }] },
    mfaConfiguration: 'OPTIONAL',
    softwareTokenMfaConfiguration: { enabled: true },
    usernameConfiguration: { caseSensitive: false },
  });
  // The Hosted UI (classic, managed login version 1: version 2 shows nothing until a branding style exists).
  const domain = new CognitoUserPoolDomain(scope, 'user_pool_domain', {
    domain: x(props.domainPrefixExpr),
    userPoolId: userPool.id,
    managedLoginVersion: 1,
    lifecycle: {
      precondition: [
        {
          condition: x(`!can(regex("${RESERVED_DOMAIN_WORDS.join('|')}", ${props.domainPrefixExpr}))`),
          errorMessage:
            `The Cognito domain prefix may not contain ${RESERVED_DOMAIN_WORDS.join(', ')}: set ` +
            'cognito_domain_prefix (or a name_prefix without them).',
        },
      ],
    },
  });
  // One public client (no secret) for the console and the CLI: the authorization code flow with PKCE through the
  // Hosted UI, and SRP sign-in for `dlt login --username`.
  const client = new CognitoUserPoolClient(scope, 'user_pool_client', {
    name: `${props.namePrefix}-console`,
    userPoolId: userPool.id,
    generateSecret: false,
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ['code'],
    allowedOauthScopes: OAUTH_SCOPES,
    supportedIdentityProviders: ['COGNITO'],
    callbackUrls: props.callbackUrls,
    logoutUrls: props.logoutUrls,
    lifecycle: {
      precondition: [
        {
          // Cognito refuses the code flow without a callback URL.
          condition: x(`length(${props.callbackUrlsExpr}) > 0`),
          errorMessage: 'The app client needs a callback URL: set console_urls or cli_callback_urls.',
        },
      ],
    },
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    preventUserExistenceErrors: 'ENABLED',
    enableTokenRevocation: true,
    accessTokenValidity: 60,
    idTokenValidity: 60,
    refreshTokenValidity: 1,
    tokenValidityUnits: [{ accessToken: 'minutes', idToken: 'minutes', refreshToken: 'days' }],
  });
  new CognitoUser(scope, 'admin_user', {
    userPoolId: userPool.id,
    username: props.adminName,
    attributes: { email: props.adminEmail, email_verified: 'true' },
    desiredDeliveryMediums: ['EMAIL'],
  });
  const identityPool = new CognitoIdentityPool(scope, 'identity_pool', {
    identityPoolName: `${props.namePrefix}-identities`,
    allowUnauthenticatedIdentities: false,
    allowClassicFlow: false,
    cognitoIdentityProviders: [
      { clientId: client.id, providerName: userPool.endpoint, serverSideTokenCheck: true },
    ],
  });
  const bucketArn = props.bucket.arn;
  const authenticated = roleWithPolicy(scope, 'authenticated_role', {
    name: `${props.namePrefix}-authenticated`,
    description: 'Signed-in console and CLI users: call the API, upload scripts, read results',
    permissionsBoundary: props.permissionsBoundary,
    trust: [
      {
        effect: 'Allow',
        actions: ['sts:AssumeRoleWithWebIdentity'],
        principals: [{ type: 'Federated', identifiers: ['cognito-identity.amazonaws.com'] }],
        condition: [
          { test: 'StringEquals', variable: 'cognito-identity.amazonaws.com:aud', values: [identityPool.id] },
          {
            test: 'ForAnyValue:StringLike',
            variable: 'cognito-identity.amazonaws.com:amr',
            values: ['authenticated'],
          },
        ],
      },
    ],
    statements: [
      {
        sid: 'InvokeApi',
        actions: ['execute-api:Invoke'],
        resources: [`${props.apiExecutionArn}/${API_STAGE}/*`],
      },
      {
        sid: 'UploadScripts',
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [`${bucketArn}/public/*`],
      },
      { sid: 'ReadResults', actions: ['s3:GetObject'], resources: [`${bucketArn}/results/*`] },
      { sid: 'ListBucket', actions: ['s3:ListBucket'], resources: [bucketArn] },
      ...(props.userStatements ?? []),
    ],
  });
  new CognitoIdentityPoolRolesAttachment(scope, 'identity_pool_roles', {
    identityPoolId: identityPool.id,
    roles: { authenticated: authenticated.arn },
  });
  return { userPool, domain, client, identityPool };
}
