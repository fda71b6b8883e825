import { type IoTDataPlaneClient, PublishCommand } from '@aws-sdk/client-iot-data-plane';
import type { LivePublisher } from '@dlt/shared';

/** Live results on IoT Core's MQTT broker, where the console subscribes to `dlt/{testId}`. */
export class IotLivePublisher implements LivePublisher {
  private readonly encoder = new TextEncoder();

  constructor(private readonly iot: IoTDataPlaneClient) {}

  async publish(topic: string, payload: unknown): Promise<void> {
    // QoS 0: a lost sample only leaves a gap in a live chart; the stored results are complete.
    await this.iot.send(
      new PublishCommand({ topic, qos: 0, payload: this.encoder.encode(JSON.stringify(payload)) }),
    );
  }
}
