import { DataAwsIotEndpoint } from '@cdktf/provider-aws/lib/data-aws-iot-endpoint/index.js';
import { IotPolicy } from '@cdktf/provider-aws/lib/iot-policy/index.js';
import type { Construct } from 'constructs';
import { policyDocument, type Statement } from '../lib/iam.js';

/** Live data is published on `dlt/{testId}` (functions/real-time-data-publisher). */
export const LIVE_TOPIC_PREFIX = 'dlt/';

export interface LiveDataProps {
  namePrefix: string;
  partition: string;
  region: string;
  account: string;
}

export interface LiveData {
  endpoint: DataAwsIotEndpoint;
  policy: IotPolicy;
  /** For the Cognito authenticated role: the same rights in IAM (the api attaches the IoT policy, not the user). */
  userStatements: Statement[];
}

/**
 * What signed-in users need to watch live data over MQTT: connect as their Cognito identity, subscribe to and
 * receive `dlt/*`. An authenticated Cognito identity needs both an IAM allow (its role) and an IoT policy
 * attached to the identity. Users get no `iot:AttachPolicy` (it cannot be limited to one's own identity, so they
 * could attach the policy to any certificate or identity); the api's `POST /iot/attach` attaches it to the
 * caller's own Cognito identity, which API Gateway's IAM auth establishes.
 */
export function createLiveData(scope: Construct, props: LiveDataProps): LiveData {
  const iot = `arn:${props.partition}:iot:${props.region}:${props.account}`;
  // `&{…}` is the policy document's spelling of a policy variable (`${…}` would be Terraform's).
  const statements: Statement[] = [
    {
      sid: 'ConnectAsOwnIdentity',
      actions: ['iot:Connect'],
      resources: [`${iot}:client/&{cognito-identity.amazonaws.com:sub}`],
    },
    {
      sid: 'SubscribeLiveData',
      actions: ['iot:Subscribe'],
      resources: [`${iot}:topicfilter/${LIVE_TOPIC_PREFIX}*`],
    },
    { sid: 'ReceiveLiveData', actions: ['iot:Receive'], resources: [`${iot}:topic/${LIVE_TOPIC_PREFIX}*`] },
  ];
  const policy = new IotPolicy(scope, 'live_data', {
    name: `${props.namePrefix}-live-data`,
    policy: policyDocument(scope, 'live_data_policy_doc', statements).json,
  });
  const endpoint = new DataAwsIotEndpoint(scope, 'iot_data', { endpointType: 'iot:Data-ATS' });
  return {
    endpoint,
    policy,
    userStatements: statements,
  };
}
