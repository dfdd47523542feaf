// The peer of the mock benchmark: cometd-nodejs-server (pinned in the root package.json) publishing
// the same number and size of events per operation as the mock GWS server does, so the two are compared on equal work.
// POST /op {"agent": "agent0001", "kind": "offer"|"accept"|"send"|"complete"} publishes them on
// /bench/<agent> and answers {"statusCode":0}, like a GWS operation.
'use strict';
const http = require('http');
const cometd = require('cometd-nodejs-server');
const payloads = require('./payloads');

const cometdServer = cometd.createCometDServer({ timeout: 30000, maxInterval: 60000 });
const channels = new Map();
let referenceId = 0;

function channelOf(agent) {
    const name = '/bench/' + agent;
    let channel = channels.get(name);
    if (!channel) {
        channel = cometdServer.createServerChannel(name);
        channels.set(name, channel);
    }
    return channel;
}

const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/op') {
        let body = '';
        request.on('data', chunk => { body += chunk; });
        request.on('end', () => {
            const { agent, kind } = JSON.parse(body);
            const id = ++referenceId;
            response.writeHead(200, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify({ statusCode: 0, referenceId: id }));
            // Like the mock: answer first, then publish the operation's events in order.
            setImmediate(() => {
                for (const data of payloads.eventsFor(kind, agent, id)) {
                    channelOf(agent).publish(null, data);
                }
            });
        });
        return;
    }
    cometdServer.handle(request, response);
});
server.timeout = 120000;
// Node closes idle keep-alive sockets after 5 s by default, racing clients that reuse them ("fetch
// failed"); Kestrel keeps them 130 s. Keep them longer than a held connect, as the mock does.
server.keepAliveTimeout = 130000;
server.headersTimeout = 131000;
server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ event: 'listening', port: server.address().port, pid: process.pid }));
});
process.on('SIGTERM', () => process.exit(0));
