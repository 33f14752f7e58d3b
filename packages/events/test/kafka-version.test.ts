import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { describeKafkaBroker } from '@shop/events/kafka-version';

// The ApiVersions v3 response, written byte by byte as a broker sends it (Kafka's ApiVersionsResponse.json):
// the body's last part is tagged fields 0 (SupportedFeatures), 1 (FinalizedFeaturesEpoch),
// 2 (FinalizedFeatures) and 3 (ZkMigrationReady).

const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(n);
  return b;
};
function uvarint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
const NO_TAGS = uvarint(0);
const compactString = (s: string) => Buffer.concat([uvarint(Buffer.byteLength(s) + 1), Buffer.from(s)]);
const compactArray = (items: Buffer[]) => Buffer.concat([uvarint(items.length + 1), ...items]);
const taggedFields = (fields: [tag: number, value: Buffer][]) =>
  Buffer.concat([uvarint(fields.length), ...fields.flatMap(([tag, value]) => [uvarint(tag), uvarint(value.length), value])]);

interface Level {
  name: string;
  min: number;
  max: number;
}

function apiVersionsBody({
  errorCode = 0,
  supported,
  finalized,
}: {
  errorCode?: number;
  supported?: Level[];
  finalized?: Level[];
}): Buffer {
  const apiKeys = [
    [18, 0, 4],
    [3, 0, 12],
    [0, 3, 11],
  ].map(([key, min, max]) => Buffer.concat([int16(key!), int16(min!), int16(max!), NO_TAGS]));
  const tags: [number, Buffer][] = [];
  // SupportedFeatures: name, min_version, max_version.
  if (supported)
    tags.push([0, compactArray(supported.map((f) => Buffer.concat([compactString(f.name), int16(f.min), int16(f.max), NO_TAGS])))]);
  if (finalized) {
    tags.push([1, int64(42n)]);
    // FinalizedFeatures: name, max_version_level, then min_version_level (the other way round).
    tags.push([2, compactArray(finalized.map((f) => Buffer.concat([compactString(f.name), int16(f.max), int16(f.min), NO_TAGS])))]);
  }
  tags.push([3, Buffer.from([0])]);
  return Buffer.concat([int16(errorCode), compactArray(apiKeys), int32(0), taggedFields(tags)]);
}

/** A loopback "broker" that answers every request with `body` and records what it was asked. */
async function fakeBroker(body: Buffer) {
  const requests: { apiKey: number; apiVersion: number }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const frame = pending.subarray(4, 4 + pending.readInt32BE(0));
        pending = pending.subarray(4 + frame.length);
        requests.push({ apiKey: frame.readInt16BE(0), apiVersion: frame.readInt16BE(2) });
        // The ApiVersions response header is v0 (a correlation id, no tagged fields), whatever the request's version.
        const response = Buffer.concat([int32(frame.readInt32BE(4)), body]);
        socket.write(Buffer.concat([int32(response.length), response]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  brokers.push({ server, sockets });
  return { address: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const brokers: { server: Server; sockets: Set<Socket> }[] = [];
afterEach(async () => {
  for (const { server, sockets } of brokers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

const describeWith = async (response: Parameters<typeof apiVersionsBody>[0]) =>
  describeKafkaBroker((await fakeBroker(apiVersionsBody(response))).address, 'kafka-version-test', 2_000);

// Levels from Kafka's MetadataVersion enum: 7 is 3.3-IV3, 22 is 4.0-IV0, 27 is 4.1-IV1, 29 is 4.2-IV1.
const KRAFT = { name: 'kraft.version', min: 0, max: 1 };
const GROUP = { name: 'group.version', min: 0, max: 1 };

describe('which Kafka a broker is, from its ApiVersions answer', () => {
  it('when a 4.1 broker runs at 4.1-IV1, then it is described as Kafka 4.1 at that metadata.version, asked with ApiVersions v3', async () => {
    const broker = await fakeBroker(
      apiVersionsBody({
        supported: [KRAFT, { name: 'metadata.version', min: 7, max: 27 }, GROUP],
        finalized: [GROUP, { name: 'metadata.version', min: 27, max: 27 }, KRAFT],
      }),
    );
    expect(await describeKafkaBroker(broker.address, 'kafka-version-test', 2_000)).toBe('Kafka 4.1 (metadata.version 4.1-IV1)');
    expect(broker.requests).toEqual([{ apiKey: 18, apiVersion: 3 }]);
  });

  it('when the cluster runs at an older metadata.version than its software supports, then both are named', async () => {
    // Supported sends min then max; finalized sends max then min: each is read at its own place.
    const description = await describeWith({
      supported: [{ name: 'metadata.version', min: 7, max: 27 }],
      finalized: [{ name: 'metadata.version', min: 1, max: 22 }],
    });
    expect(description).toBe('Kafka 4.1 (metadata.version 4.0-IV0)');
  });

  it('when a level is newer than any this code knows, then it is named by its number', async () => {
    expect(
      await describeWith({
        supported: [{ name: 'metadata.version', min: 7, max: 31 }],
        finalized: [{ name: 'metadata.version', min: 29, max: 29 }],
      }),
    ).toBe('Kafka level 31 (metadata.version 4.2-IV1)');
    expect(
      await describeWith({
        supported: [{ name: 'metadata.version', min: 7, max: 31 }],
        finalized: [{ name: 'metadata.version', min: 30, max: 30 }],
      }),
    ).toBe('Kafka level 31 (metadata.version level 30)');
  });

  it('when the broker supports no metadata.version feature, then it is described as a release before 3.3', async () => {
    const before33 = 'Kafka (a release before 3.3: no metadata.version)';
    expect(await describeWith({ supported: [KRAFT, GROUP], finalized: [KRAFT] })).toBe(before33);
    // A broker that sends no features at all reads the same.
    expect(await describeWith({})).toBe(before33);
  });

  it('when metadata.version is supported but not finalized, then only the release is named', async () => {
    expect(await describeWith({ supported: [{ name: 'metadata.version', min: 7, max: 27 }], finalized: [KRAFT] })).toBe('Kafka 4.1');
  });

  it('when the broker answers with an error code, then describing it fails naming the code', async () => {
    await expect(describeWith({ errorCode: 35 })).rejects.toThrow('ApiVersions failed with Kafka error 35');
  });
});
