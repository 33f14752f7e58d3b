/** Where the machine's time went during a run: CPU seconds by process, transactions by database. */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** CPU seconds (user + system) used so far by a process, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0; // the process has exited
  }
}

/** CPU seconds of every process on this machine whose command line matches (PostgreSQL's backends, Kafka's JVM). */
function cpuSecondsOf(match: (comm: string, cmdline: string) => boolean): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (match(comm, cmdline)) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** CPU seconds so far of each named process, of PostgreSQL, of Kafka (when it runs here) and of this load generator. */
export function cpuSnapshot(pids: Record<string, number>, withKafka: boolean): Record<string, number> {
  return {
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)])),
    postgres: cpuSecondsOf((comm) => comm.startsWith('postgres')),
    ...(withKafka ? { kafka: cpuSecondsOf((_, cmdline) => cmdline.includes('kafka.Kafka')) } : {}),
    'load generator': cpuSeconds(process.pid),
  };
}

/** Milliseconds of CPU per operation, by process, between two snapshots. */
export function cpuMsPer(before: Record<string, number>, after: Record<string, number>, operations: number): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, Math.round(((after[k]! - before[k]!) * 1000 * 10) / operations) / 10]));
}

/** Committed and rolled-back transactions so far in each database (a statement outside a transaction counts as one). */
export async function transactionsByDatabase(
  adminUrl: string,
  databases: Record<string, { url: string }>,
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; n: string }>(
      'SELECT datname, xact_commit + xact_rollback AS n FROM pg_stat_database',
    );
    const byName = new Map(rows.map((r) => [r.datname, Number(r.n)]));
    return Object.fromEntries(Object.entries(databases).map(([n, d]) => [n, byName.get(new URL(d.url).pathname.slice(1)) ?? 0]));
  } finally {
    await client.end();
  }
}
