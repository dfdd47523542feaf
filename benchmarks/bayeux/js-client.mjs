// The official CometD JavaScript client (cometd 9.0.0 + cometd-nodejs-client 2.0.0) as the benchmark peer
// (the reference our client is measured against). Subscribes to --channel, then for each "expect <run> <count>" command on stdin records the
// publish-to-receive latency of every event of that run and prints one "result" JSON line when all arrived.
import { adapt } from 'cometd-nodejs-client';
import { CometD } from 'cometd';

adapt();

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) {
        pairs.push([arg.slice(2), all[i + 1]]);
    }
    return pairs;
}, []));
const lifetime = setTimeout(() => process.exit(3), Number(args.lifetime || 600000));
lifetime.unref();
// Same calibrated wall clock as the server's timestamps (peer-common.cjs), so latencies compare across processes.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { calibratedClock } = require('../../Support/Tests/Bayeux.Tests/Interop/peer-common.cjs');
const now = calibratedClock();
const say = (event, fields) => process.stdout.write(JSON.stringify({ event, ...fields }) + '\n');

const cometd = new CometD();
// cometd-nodejs-server has no WebSocket; start on long-polling like our client (docs/cometd-behaviour.md#websocket).
cometd.unregisterTransport('websocket');
cometd.configure({ url: args.url, logLevel: 'warn' });

let expected = null;
let stray = 0;
function onEvent(message) {
    const received = now();
    const data = message.data;
    if (!expected || data.run !== expected.run) {
        ++stray;
        return;
    }
    expected.received++;
    if (data.seq !== expected.received) {
        expected.outOfOrder++;
    }
    if (data.seq === 1) {
        expected.firstTs = data.ts;
    }
    expected.latencies.push(received - data.ts);
    expected.lastReceived = received;
    if (expected.received === expected.count) {
        const done = expected;
        expected = null;
        say('result', { run: done.run, count: done.count, outOfOrder: done.outOfOrder, firstTs: done.firstTs, lastReceived: done.lastReceived, latencies: done.latencies, stray });
    }
}

cometd.addListener('/meta/handshake', reply => {
    if (reply.successful) {
        cometd.subscribe(args.channel, onEvent, subscribed => say('ready', { successful: subscribed.successful }));
    }
});
cometd.handshake();

let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const parts = buffer.slice(0, newline).trim().split(/\s+/);
        buffer = buffer.slice(newline + 1);
        if (parts[0] === 'expect') {
            expected = { run: Number(parts[1]), count: Number(parts[2]), received: 0, outOfOrder: 0, latencies: [] };
            say('expecting', { run: expected.run });
        } else if (parts[0] === 'exit') {
            cometd.disconnect(() => process.exit(0));
            setTimeout(() => process.exit(0), 3000).unref();
        }
    }
});
process.stdin.on('end', () => process.exit(0));
