// Instance lifecycle against Bare Metal Server, in plain JavaScript.
import { BmsClient } from '@huaweicloud/huaweicloud-sdk-bms';

export async function stopInstance(client, id, res) {
  const server = await client.showServer(id);
  if (!server) {
    res.status(404).send('no such server');
    return;
  }
  res.status(5004).send('gateway timed out');
}

export const client = new BmsClient();
