// Load generator of benchmarks/soak/run: mixed valid and hostile requests against the standalone mock,
// plus Bayeux sessions that come and go, then a check that no interaction was poisoned.
// Usage: node soak.js --url http://127.0.0.1:PORT --requests 100000 --bayeux 1000 [--concurrency 16]
// Prints one JSON line: requests sent, answers per HTTP status, 5xx count and the first few, Bayeux
// sessions opened, superseded long polls, interactions checked, poisoned and forgotten (past the retention).
'use strict';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
    (i % 2 === 0 ? pairs.concat([[value.replace(/^--/, ''), all[i + 1]]]) : pairs), []));
const base = args.url.replace(/\/$/, '');
const total = Number(args.requests || 100000);
const bayeuxSessions = Number(args.bayeux || 1000);
const concurrency = Number(args.concurrency || 16);
const agents = Array.from({ length: concurrency }, (_, i) => 'agent' + String(i + 1).padStart(2, '0'));
const statuses = {};
const fiveXX = [];
let sent = 0;
let bayeuxOpened = 0;
let superseded = 0;
const interactions = []; // [media, id, agent] of every interaction created, checked for poison at the end

const auth = (name, password = 'password') => 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64');
const utf8 = text => Buffer.from(text, 'utf8');
const withBytes = (head, bytes, tail) => Buffer.concat([utf8(head), Buffer.from(bytes), utf8(tail)]);

// A /meta/connect may be held for the server's long-poll timeout (30 s) before its reply: its deadline
// is that plus a margin, or a reply sent on time would race the client's own abort.
const requestTimeoutMs = 30000;
const heldConnectTimeoutMs = 60000;

async function send(method, path, body, headers = {}) {
    const timeout = path.endsWith('/connect') ? heldConnectTimeoutMs : requestTimeoutMs;
    const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(timeout) };
    if (body !== undefined) {
        init.body = Buffer.isBuffer(body) ? body : utf8(typeof body === 'string' ? body : JSON.stringify(body));
        init.headers['Content-Type'] = 'application/json';
    }
    sent++;
    let response;
    try {
        response = await fetch(base + path, init);
    } catch (e) {
        statuses.error = (statuses.error || 0) + 1;
        if (fiveXX.length < 5) fiveXX.push(`${method} ${path}: ${e.message}`);
        return { status: 0, text: '', json: null, headers: new Headers() };
    }
    const text = await response.text();
    statuses[response.status] = (statuses[response.status] || 0) + 1;
    if (response.status >= 500 && fiveXX.length < 5) fiveXX.push(`${method} ${path} -> ${response.status} ${text.slice(0, 200)}`);
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, text, json, headers: response.headers };
}

// Hostile bodies, one per class the mock's input boundary refuses.
const hostile = [
    m => utf8(`{${m},"operationName":"Ready","operationName":"Ready"}`),
    m => utf8(`{${m},"userData":{"k":1,"k":2}}`),
    m => utf8(`{${m},"x":"\\ud800"}`),
    m => withBytes(`{${m},"x":"`, [0xff, 0xfe], '"}'),
    m => withBytes(`{${m},"x":"`, [0xed, 0xa0, 0x80], '"}'),
    m => utf8(`{${m},"x":${'['.repeat(200)}${']'.repeat(200)}}`),
    m => utf8(`{${m},"x":"${'y'.repeat(70000)}"}`),
    m => utf8(`{${m}`),
];

async function invalid(i, agent) {
    const h = hostile[i % hostile.length];
    switch (Math.floor(i / hostile.length) % 8) {
        case 0: return send('POST', '/api/v2/me', h('"operationName":"Ready"'), { Authorization: auth(agent) });
        case 1: return send('POST', '/api/v2/me/im-sessions', h('"operationName":"InitiateIMSession","destination":{"phoneNumber":"7040"}'), { Authorization: auth(agent) });
        case 2: return send('POST', '/mock-control/chats/offers', h(`"userName":"${agent}"`));
        case 3: return send('POST', `/mock-control/agents/${agent}/state`, i % 2 ? '{"state":5}' : '{"state":"Ready","channel":{}}');
        case 4: return send(['PUT', 'GET', 'DELETE'][i % 3], '/api/v2/notifications/x/y');
        case 5: return send('POST', '/api/v2/notifications/handshake', h('"channel":"/meta/handshake","version":"1.0"'), { Authorization: auth(agent) });
        case 6: return send('GET', '/api/v2/me', undefined, { Authorization: auth(agent, 'wrong') });
        default: return send('POST', '/api/v2/me/chats/nope', h('"operationName":"SendMessage","text":"x"'), { Authorization: auth(agent) });
    }
}

// One chat: offer (control API), accept, send, complete; four requests.
async function chatFlow(agent) {
    const offer = await send('POST', '/mock-control/chats/offers', { userName: agent, text: 'hi', userData: { k: 1 } });
    const id = offer.json && offer.json.interactionId;
    if (!id) return;
    interactions.push(['chats', id, agent]);
    const op = body => send('POST', `/api/v2/me/chats/${id}`, body, { Authorization: auth(agent) });
    await op({ operationName: 'Accept', nickname: agent });
    await op({ operationName: 'SendMessage', text: 'hello' });
    await op({ operationName: 'Complete' });
}

// One IM session: initiate (with userData), update its user data, complete.
async function imFlow(agent) {
    const headers = { Authorization: auth(agent) };
    await send('POST', '/api/v2/me/im-sessions', { operationName: 'InitiateIMSession', destination: { phoneNumber: '16000' }, userData: { k: 1 } }, headers);
    const list = await send('GET', '/api/v2/me/im-sessions?fields=*', undefined, headers);
    const open = list.json && list.json.imSessions ? list.json.imSessions : [];
    for (const session of open) {
        interactions.push(['im-sessions', session.id, agent]);
        await send('POST', `/api/v2/me/im-sessions/${session.id}`, { operationName: 'UpdateUserData', userData: { k: 2 } }, headers);
        await send('POST', `/api/v2/me/im-sessions/${session.id}`, { operationName: 'Complete' }, headers);
    }
}

async function worker(w) {
    const agent = agents[w];
    await send('POST', `/mock-control/agents/${agent}/state`, { state: 'Ready' });
    while (sent < total) {
        const i = sent;
        const kind = i % 10;
        if (kind < 3) await send('GET', '/api/v2/me', undefined, { Authorization: auth(agent) }); // credentials only: a new HTTP session each time
        else if (kind === 3) await chatFlow(agent);
        else if (kind === 4 && i % 20 === 4) await imFlow(agent);
        else await invalid(i, agent);
    }
}

async function bayeuxWorker(w, count) {
    for (let n = 0; n < count; n++) {
        const agent = agents[(w + n) % agents.length];
        const headers = { Authorization: auth(agent) };
        const endpoint = '/api/v2/notifications';
        const shake = await send('POST', endpoint + '/handshake', [{ id: '1', channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }], headers);
        const reply = Array.isArray(shake.json) ? shake.json[0] : null;
        if (!reply || !reply.successful) continue;
        bayeuxOpened++;
        const cookie = (shake.headers.getSetCookie ? shake.headers.getSetCookie() : []).map(c => c.split(';')[0]).join('; ');
        const h = cookie ? { ...headers, Cookie: cookie } : headers;
        const clientId = reply.clientId;
        await send('POST', endpoint + '/subscribe', [{ id: '2', channel: '/meta/subscribe', clientId, subscription: '/v2/me/chats' }], h);
        await send('POST', endpoint + '/connect', [{ id: '3', channel: '/meta/connect', clientId, connectionType: 'long-polling', advice: { timeout: 0 } }], h);
        if (n % 10 === 0) {
            // A superseded long poll: two connects of one client at once; the one held first is answered
            // when the other arrives (never a 5xx), the other is released by the disconnect.
            const held = [5, 6].map(id => send('POST', endpoint + '/connect', [{ id: String(id), channel: '/meta/connect', clientId, connectionType: 'long-polling' }], h));
            await Promise.race(held);
            superseded++;
            await send('POST', endpoint + '/disconnect', [{ id: '4', channel: '/meta/disconnect', clientId }], h);
            await Promise.all(held);
        } else if (n % 2 === 0) await send('POST', endpoint + '/disconnect', [{ id: '4', channel: '/meta/disconnect', clientId }], h);
        // the other half is abandoned and must expire
    }
}

// A strict JSON check: what JSON.parse forgives (a repeated key) counts as poison too.
function strictProblem(text) {
    let i = 0;
    const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
    const str = () => {
        let s = ''; i++;
        while (text[i] !== '"') {
            if (i >= text.length) throw new Error('unterminated string');
            if (text[i] === '\\') {
                const e = text[++i];
                if (e === 'u') {
                    const code = parseInt(text.slice(i + 1, i + 5), 16);
                    i += 4;
                    if (code >= 0xd800 && code <= 0xdbff) {
                        if (text.slice(i + 1, i + 3) !== '\\u') throw new Error('lone surrogate');
                        const low = parseInt(text.slice(i + 3, i + 7), 16);
                        if (!(low >= 0xdc00 && low <= 0xdfff)) throw new Error('lone surrogate');
                        i += 6;
                    } else if (code >= 0xdc00 && code <= 0xdfff) throw new Error('lone surrogate');
                    s += String.fromCharCode(code);
                } else s += e;
            } else s += text[i];
            i++;
        }
        i++; return s;
    };
    const value = () => {
        ws();
        if (text[i] === '{') {
            i++; ws(); const keys = new Set();
            if (text[i] === '}') { i++; return; }
            for (;;) {
                ws(); const key = str();
                if (keys.has(key)) throw new Error('repeated key ' + key);
                keys.add(key); ws(); i++; value(); ws();
                if (text[i++] === '}') return;
            }
        }
        if (text[i] === '[') {
            i++; ws();
            if (text[i] === ']') { i++; return; }
            for (;;) { value(); ws(); if (text[i++] === ']') return; }
        }
        if (text[i] === '"') { str(); return; }
        while (i < text.length && !',]} \t\r\n'.includes(text[i])) i++;
    };
    try { value(); return text.includes('\ufffd') ? 'replacement character' : null; } catch (e) { return e.message; }
}

async function poisonCheck() {
    let checked = 0, poisoned = 0, forgotten = 0;
    const examples = [];
    const poison = (media, id, problem) => { poisoned++; if (examples.length < 3) examples.push(`${media}/${id}: ${problem}`); };
    // mustBeKept: ended too recently to be past the mock's retention (the last 1000 ended are kept).
    const check = async (media, id, agent, mustBeKept) => {
        const headers = { Authorization: auth(agent) };
        checked++;
        const read = await send('GET', `/api/v2/me/${media}/${id}`, undefined, headers);
        const attach = await send('POST', `/api/v2/me/${media}/${id}`, { operationName: 'AttachUserData', userData: { soak: 'ok' } }, headers);
        if (read.status >= 500 || attach.status >= 500) return poison(media, id, 'HTTP 5xx');
        if (read.status === 404 && !mustBeKept) {
            // Past the retention: the documented not-found answer, itself strict JSON.
            if (read.json && read.json.statusCode === 6 && !strictProblem(read.text)) { forgotten++; return; }
            return poison(media, id, 'forgotten, but answered ' + read.text.slice(0, 100));
        }
        const problem = read.status !== 200 ? 'unreadable: HTTP ' + read.status : strictProblem(read.text);
        if (problem) poison(media, id, problem);
    };
    // Every 10th interaction created, the last 200 created (ended within the retention's count), and
    // every one still open.
    const recent = Math.max(0, interactions.length - 200);
    for (let n = 0; n < interactions.length; n++) {
        if (n % 10 === 0 || n >= recent) await check(...interactions[n], n >= recent);
    }
    for (const agent of agents) {
        for (const media of ['chats', 'smssessions', 'im-sessions']) {
            const list = await send('GET', `/api/v2/me/${media}?fields=*`, undefined, { Authorization: auth(agent) });
            const items = list.json ? Object.values(list.json).find(Array.isArray) || [] : [];
            for (const item of items) await check(media, item.id, agent, true);
        }
    }
    return { checked, poisoned, forgotten, examples };
}

(async () => {
    const started = Date.now();
    const perBayeuxWorker = Math.ceil(bayeuxSessions / 4);
    await Promise.all([
        ...Array.from({ length: concurrency }, (_, w) => worker(w)),
        ...Array.from({ length: 4 }, (_, w) => bayeuxWorker(w, Math.min(perBayeuxWorker, bayeuxSessions - w * perBayeuxWorker))),
    ]);
    const poison = await poisonCheck();
    const count5xx = Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(JSON.stringify({
        requests: sent, seconds: (Date.now() - started) / 1000, statuses, count5xx, errors: statuses.error || 0, first5xx: fiveXX,
        bayeuxSessions: bayeuxOpened, supersededConnects: superseded, interactionsChecked: poison.checked, poisoned: poison.poisoned,
        forgotten: poison.forgotten, poisonExamples: poison.examples,
    }));
})().catch(e => { console.error(e); process.exit(2); });
