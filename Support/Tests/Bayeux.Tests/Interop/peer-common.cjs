'use strict';
// Shared plumbing for the interop peers: argument parsing, JSON-line output, stdin commands and a
// hard lifetime, so a peer never outlives its test even if the test process dies.

function parseArgs(argv, defaults) {
    const options = Object.assign({}, defaults);
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        if (!arg.startsWith('--')) {
            continue;
        }
        const name = arg.slice(2);
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) {
            options[name] = true;
        } else {
            options[name] = /^-?\d+$/.test(next) ? Number(next) : next;
            ++i;
        }
    }
    return options;
}

// Wall-clock milliseconds with sub-millisecond resolution, calibrated against Date.now(): performance.timeOrigin
// alone can be off by up to a millisecond per process, which is the order of the latencies the benchmark
// compares across processes. Averaging (Date.now() + 0.5 - hr) over ~50 ms of samples removes that offset.
function calibratedClock() {
    const hr = () => performance.timeOrigin + performance.now();
    const start = Date.now();
    let sum = 0;
    let samples = 0;
    while (Date.now() - start < 50) {
        const high = hr();
        sum += Date.now() + 0.5 - high;
        ++samples;
    }
    const offset = sum / samples;
    return () => hr() + offset;
}

const now = calibratedClock();

function say(event, fields) {
    process.stdout.write(JSON.stringify(Object.assign({ event: event }, fields || {})) + '\n');
}

// Publishes count numbered events {seq, run, ts}: all at once ("burst") or at ratePerSecond.
// ts is a wall-clock time in milliseconds with sub-millisecond precision, for latency figures.
function publishSequence(publishOne, channel, count, run, ratePerSecond, done) {
    let seq = 0;
    if (!ratePerSecond) {
        // Chunks keep the event loop responsive for large bursts.
        const chunk = () => {
            const end = Math.min(count, seq + 500);
            while (seq < end) {
                ++seq;
                publishOne(channel, { seq: seq, run: run, ts: now() });
            }
            if (seq < count) {
                setImmediate(chunk);
            } else {
                done(seq);
            }
        };
        chunk();
        return;
    }
    const period = 1000 / ratePerSecond;
    const started = now();
    const tick = () => {
        const due = Math.min(count, Math.floor((now() - started) / period) + 1);
        while (seq < due) {
            ++seq;
            publishOne(channel, { seq: seq, run: run, ts: now() });
        }
        if (seq < count) {
            setTimeout(tick, Math.max(0, Math.min(period, 5)));
        } else {
            done(seq);
        }
    };
    tick();
}

// Commands, one per line on stdin:
//   publish <channel> <count> <run> [ratePerSecond]
//   exit
// The peer also exits when stdin closes (its parent is gone) and after --lifetime ms in any case.
function serve(options, publishOne, shutdown) {
    const lifetime = setTimeout(() => {
        say('lifetime-expired');
        process.exit(3);
    }, options.lifetime);
    lifetime.unref();
    let buffer = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', chunk => {
        buffer += chunk;
        let newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline).trim();
            buffer = buffer.slice(newline + 1);
            const parts = line.split(/\s+/);
            if (parts[0] === 'publish') {
                const channel = parts[1];
                const count = Number(parts[2]);
                const run = Number(parts[3] || 1);
                const rate = Number(parts[4] || 0);
                publishSequence(publishOne, channel, count, run, rate, last => say('published', { channel: channel, count: count, run: run, last: last }));
            } else if (parts[0] === 'exit') {
                shutdown(() => process.exit(0));
            } else if (line.length > 0) {
                say('unknown-command', { line: line });
            }
        }
    });
    process.stdin.on('end', () => shutdown(() => process.exit(0)));
}

module.exports = { parseArgs, say, serve, calibratedClock };
