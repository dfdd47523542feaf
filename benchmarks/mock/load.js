// Load generator of benchmarks/mock/run. N agents each hold a Bayeux long poll (raw JSON over fetch,
// so both servers get the same client) while chats are offered, accepted, messaged and completed.
// Usage: node load.js --target mock|peer --url http://127.0.0.1:PORT --agents N --rounds R --messages M
// Each agent first runs one unmeasured chat (warm-up). Prints one JSON line: operations per second and the latency from sending an operation to receiving
// the last notification it causes (median, p99), in ms.
'use strict';
const { performance } = require('perf_hooks');
const payloads = require('./payloads');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
    (i % 2 === 0 ? pairs.concat([[value.replace(/^--/, ''), all[i + 1]]]) : pairs), []));
const target = args.target;
const base = args.url.replace(/\/$/, '');
const agents = Number(args.agents || 100);
const rounds = Number(args.rounds || 1);
const messages = Number(args.messages || 3);
const waitMs = 30000;
let sessionsLost = 0;
const connectErrors = [];

function agentName(i) { return 'agent' + String(i).padStart(4, '0'); }
function auth(name) { return 'Basic ' + Buffer.from(name + ':password').toString('base64'); }

async function post(url, body, headers, cookies) {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    if (cookies) {
        // Keep the BAYEUX_BROWSER cookie like a browser does: both servers tie long polls to it (docs/cometd-behaviour.md#browser-cookie).
        for (const cookie of response.headers.getSetCookie()) {
            const [pair] = cookie.split(';');
            cookies.set(pair.split('=')[0], pair);
        }
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${text}`);
    return JSON.parse(text);
}

class Poller {
    constructor(name) {
        this.name = name;
        this.headers = target === 'mock' ? { Authorization: auth(name) } : {};
        this.endpoint = base + (target === 'mock' ? '/api/v2/notifications' : '/cometd');
        this.channel = target === 'mock' ? '/v2/me/chats' : '/bench/' + name;
        this.buffer = [];
        this.waiter = null;
        this.running = true;
        this.id = 0;
        this.cookies = new Map();
    }

    async send(path, message) {
        message.id = String(++this.id);
        if (this.clientId) message.clientId = this.clientId;
        const headers = this.cookies.size ? { ...this.headers, Cookie: [...this.cookies.values()].join('; ') } : this.headers;
        return post(this.endpoint + path, [message], headers, this.cookies);
    }

    async start() {
        const [handshake] = await this.send('/handshake', { channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] });
        if (!handshake.successful) throw new Error('handshake failed ' + JSON.stringify(handshake));
        this.clientId = handshake.clientId;
        const [subscribe] = await this.send('/subscribe', { channel: '/meta/subscribe', subscription: this.channel });
        if (!subscribe.successful) throw new Error('subscribe failed ' + JSON.stringify(subscribe));
        await this.connect(0);
        this.loop = this.run().catch(error => { this.running = false; connectErrors.push(`${error}${error && error.cause ? ' (' + error.cause + ')' : ''}`.slice(0, 200)); });
    }

    async connect(timeout) {
        const message = { channel: '/meta/connect', connectionType: 'long-polling' };
        if (timeout !== undefined) message.advice = { timeout };
        const replies = await this.send('/connect', message);
        const now = performance.now();
        for (const reply of replies) {
            if (!reply.channel.startsWith('/meta/')) this.arrived(reply, now);
            else if (reply.successful === false) {
                // The server dropped the session (e.g. expired): its events are lost, so stop and report it.
                this.running = false;
                sessionsLost++;
            }
        }
    }

    async run() {
        while (this.running) {
            try { await this.connect(); } catch (error) { if (this.running) throw error; }
        }
    }

    arrived(event, at) {
        this.buffer.push({ event, at });
        if (this.waiter && this.buffer.length >= this.waiter.count) {
            const waiter = this.waiter;
            this.waiter = null;
            clearTimeout(waiter.timer);
            waiter.resolve(this.buffer.splice(0, waiter.count));
        }
    }

    next(count) {
        if (this.buffer.length >= count) return Promise.resolve(this.buffer.splice(0, count));
        return new Promise((resolve, reject) => {
            this.waiter = { count, resolve, timer: setTimeout(() => {
                this.waiter = null;
                reject(new Error(`${this.name}: expected ${count} events within ${waitMs} ms, received ${this.buffer.length}`));
            }, waitMs) };
        });
    }

    async stop() {
        this.running = false;
        try { await this.send('/disconnect', { channel: '/meta/disconnect' }); } catch { /* the server may already have closed the poll */ }
    }
}

async function operate(poller, kind, chatId) {
    const name = poller.name;
    if (target === 'peer') return post(base + '/op', { agent: name, kind });
    const headers = { Authorization: auth(name) };
    switch (kind) {
        case 'offer': return post(base + '/mock-control/chats/offers', { userName: name });
        case 'accept': return post(`${base}/api/v2/me/chats/${chatId}`, { operationName: 'Accept', nickname: name }, headers);
        case 'send': return post(`${base}/api/v2/me/chats/${chatId}`, { operationName: 'SendMessage', text: 'hello from the benchmark' }, headers);
        case 'complete': return post(`${base}/api/v2/me/chats/${chatId}`, { operationName: 'Complete' }, headers);
        default: throw new Error(kind);
    }
}

async function agentScript(poller, latencies, count = rounds) {
    let operations = 0;
    for (let round = 0; round < count; round++) {
        const plan = ['offer', 'accept', ...Array(messages).fill('send'), 'complete'];
        let chatId;
        for (const kind of plan) {
            const t0 = performance.now();
            const answer = await operate(poller, kind, chatId);
            if (answer.statusCode !== 0) throw new Error(`${kind}: ${JSON.stringify(answer)}`);
            if (kind === 'offer' && target === 'mock') chatId = answer.interactionId;
            const events = await poller.next(payloads.eventCount[kind]);
            latencies.push(events[events.length - 1].at - t0);
            operations++;
        }
    }
    return operations;
}

function percentile(sorted, p) {
    return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

(async () => {
    const pollers = Array.from({ length: agents }, (_, i) => new Poller(agentName(i + 1)));
    await Promise.all(pollers.map(p => p.start()));
    // One unmeasured chat per agent first, so JIT compilation and connection setup are not measured.
    await Promise.allSettled(pollers.map(p => agentScript(p, [], 1)));
    const latencies = [];
    const started = performance.now();
    const results = await Promise.allSettled(pollers.map(p => agentScript(p, latencies)));
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(pollers.map(p => p.stop()));
    const failures = results.filter(r => r.status === 'rejected').map(r => ({ reason: `${r.reason}${r.reason && r.reason.cause ? ' (' + r.reason.cause + ')' : ''}` }));
    const operations = results.filter(r => r.status === 'fulfilled').reduce((sum, r) => sum + r.value, 0);
    latencies.sort((a, b) => a - b);
    console.log(JSON.stringify({
        target, agents, operations, seconds: +seconds.toFixed(2),
        opsPerSecond: +(operations / seconds).toFixed(1),
        latencyMedianMs: +percentile(latencies, 0.5).toFixed(2),
        latencyP99Ms: +percentile(latencies, 0.99).toFixed(2),
        failures: failures.length,
        sessionsLost,
        connectErrors: connectErrors.length,
        firstConnectError: connectErrors[0],
        firstFailure: failures[0] ? failures[0].reason.slice(0, 300) : undefined,
    }));
    process.exit(0);
})().catch(error => { console.error(error); process.exit(1); });
