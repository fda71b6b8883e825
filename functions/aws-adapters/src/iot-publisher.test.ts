import { IoTDataPlaneClient, PublishCommand } from '@aws-sdk/client-iot-data-plane';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { IotLivePublisher } from './iot-publisher.js';

describe('IotLivePublisher', () => {
  it('publishes the payload as UTF-8 JSON at QoS 0', async () => {
    const client = new IoTDataPlaneClient({ region: 'eu-west-1' });
    const mock = mockClient(client);
    mock.on(PublishCommand).resolves({});

    await new IotLivePublisher(client).publish('dlt/T1', { region: 'eu-west-1', label: 'café', avgRt: 0.25 });

    const input = mock.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.topic).toBe('dlt/T1');
    expect(input?.qos).toBe(0);
    const expected = '{"region":"eu-west-1","label":"café","avgRt":0.25}';
    // "é" is two bytes in UTF-8: the payload is bytes, not a JavaScript string.
    const bytes = input?.payload as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(expected.length + 1);
    expect(Buffer.from(bytes).equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('passes publish errors on', async () => {
    const client = new IoTDataPlaneClient({ region: 'eu-west-1' });
    mockClient(client).on(PublishCommand).rejects(new Error('Forbidden'));
    await expect(new IotLivePublisher(client).publish('dlt/T1', {})).rejects.toThrow('Forbidden');
  });
});
