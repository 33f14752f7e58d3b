import { Connection, Writer, type Reader } from '@platformatic/kafka';

/**
 * Which Kafka a broker is, asked from the broker. Kafka sends no software version over the wire;
 * the nearest it says is in ApiVersions (v3+): the highest `metadata.version` it supports (which
 * names its release line) and the one the cluster runs at. The client library parses ApiVersions
 * but drops those tagged fields, so this sends its own request and reads them.
 */
export async function describeKafkaBroker(broker: string, clientId: string, timeoutMs: number): Promise<string> {
  const [host, port] = splitHostPort(broker);
  const connection = new Connection(clientId, { connectTimeout: timeoutMs, requestTimeout: timeoutMs });
  try {
    await connection.connect(host, port);
    const features = await new Promise<Features>((resolve, reject) =>
      connection.send(API_VERSIONS, 3, request, parseFeatures, true, false, (error, value) => (error ? reject(error) : resolve(value!))),
    );
    return describe(features);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

const API_VERSIONS = 18;

/** `metadata.version` feature levels from 7 on, as Kafka's own MetadataVersion enum names them (checked against the 4.1.1 jars). */
const METADATA_VERSIONS = [
  ...['3.3-IV3', '3.4-IV0', '3.5-IV0', '3.5-IV1', '3.5-IV2', '3.6-IV0', '3.6-IV1', '3.6-IV2'],
  ...['3.7-IV0', '3.7-IV1', '3.7-IV2', '3.7-IV3', '3.7-IV4', '3.8-IV0', '3.9-IV0'],
  ...['4.0-IV0', '4.0-IV1', '4.0-IV2', '4.0-IV3', '4.1-IV0', '4.1-IV1', '4.2-IV0', '4.2-IV1'],
];
const metadataVersion = (level: number) => METADATA_VERSIONS[level - 7] ?? `level ${level}`;

interface Features {
  /** The highest `metadata.version` level the broker's software supports. */
  supported?: number;
  /** The level the cluster has finalized (runs at). */
  finalized?: number;
}

function describe({ supported, finalized }: Features): string {
  if (supported === undefined) return 'Kafka (a release before 3.3: no metadata.version)';
  const release = metadataVersion(supported).split('-')[0];
  const running = finalized === undefined ? '' : ` (metadata.version ${metadataVersion(finalized)})`;
  return `Kafka ${release}${running}`;
}

function request(): Writer {
  return Writer.create().appendString('shop-platform').appendString('1').appendTaggedFields();
}

function splitHostPort(broker: string): [string, number] {
  const colon = broker.lastIndexOf(':');
  return [broker.slice(0, colon).replace(/^\[|\]$/g, ''), Number(broker.slice(colon + 1))];
}

/** ApiVersions v3 response body: error, api keys, throttle, then tagged fields 0 (supported) and 2 (finalized features). */
function parseFeatures(_correlationId: number, _apiKey: number, _apiVersion: number, reader: Reader): Features {
  const errorCode = reader.readInt16();
  if (errorCode !== 0) throw new Error(`ApiVersions failed with Kafka error ${errorCode}`);
  reader.readArray((r) => r.skip(6)); // api_key, min_version, max_version (INT16 each), then their tagged fields
  reader.readInt32(); // throttle_time_ms
  const out: Features = {};
  const tags = reader.readUnsignedVarInt();
  for (let i = 0; i < tags; i++) {
    const tag = reader.readUnsignedVarInt();
    const size = reader.readUnsignedVarInt();
    const end = reader.position + size;
    if (tag === 0 || tag === 2) {
      // Supported: name, min, max. Finalized: name, max level, min level. The max comes second or third.
      const levels = reader.readArray((r) => {
        const name = r.readString();
        const first = r.readInt16();
        const second = r.readInt16();
        return { name, max: tag === 0 ? second : first };
      });
      const level = levels.find((f) => f.name === 'metadata.version')?.max;
      if (tag === 0) out.supported = level;
      else out.finalized = level;
    }
    reader.position = end;
  }
  return out;
}
