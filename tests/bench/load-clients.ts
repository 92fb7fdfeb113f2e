/**
 * The load bench's clients, in their own process so that the server's CPU time (measured in
 * load.bench.ts) is the server's alone: autocannon keeps `connections` requests in flight over
 * keep-alive loopback connections, each connection cycling through the read mix. Reads one JSON
 * job from argv[2] and writes one `LOAD_CLIENTS_RESULT {…}` line.
 */
import autocannon from 'autocannon';

interface Job {
  url: string;
  token: string;
  connections: number;
  seconds: number;
  mix: { query: string; variables: Record<string, unknown> }[];
}

const job = JSON.parse(process.argv[2]) as Job;
const latencies: number[] = [];
let graphqlErrors = 0;
const cpuBefore = process.cpuUsage();

const instance = autocannon(
  {
    url: `${job.url}/graphql`,
    connections: job.connections,
    duration: job.seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
    requests: job.mix.map((request) => ({
      method: 'POST' as const,
      body: JSON.stringify(request),
      // A 200 with an `errors` array is a failed read for the page that sent it.
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors":')) graphqlErrors++;
      },
    })),
  },
  (error, result) => {
    if (error) throw error;
    report(result);
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));

function report(result: autocannon.Result): void {
  const cpu = process.cpuUsage(cpuBefore);
  const output = {
    requests: latencies.length,
    non2xx: result.non2xx,
    transportErrors: result.errors + result.timeouts,
    graphqlErrors,
    latencies,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(`LOAD_CLIENTS_RESULT ${JSON.stringify(output)}\n`);
}
