'use strict';
// cometd-nodejs-server 1.2.1 (pinned in package.json) on 127.0.0.1, long-polling only, for the interop tests and the
// benchmark. Prints {"event":"listening","port":N} first, then one JSON line per subscribe and per publish run.
// Usage: node cometd-server.cjs [--port 0] [--ack] [--timeout 30000] [--lifetime 120000]
const http = require('http');
const cometd = require('cometd-nodejs-server');
const { AcknowledgedMessagesExtension } = require('cometd-nodejs-server/ack-extension');
const { parseArgs, say, serve } = require('./peer-common.cjs');

const options = parseArgs(process.argv.slice(2), { port: 0, timeout: 30000, lifetime: 120000, ack: false });
const server = cometd.createCometDServer({ timeout: options.timeout });
if (options.ack) {
    server.addExtension(new AcknowledgedMessagesExtension());
}
server.addListener('subscribed', (channel, session) => say('subscribed', { channel: channel.name, session: session.id }));
server.addListener('unsubscribed', (channel, session) => say('unsubscribed', { channel: channel.name, session: session.id }));

// Look the channel up on every publish: channels without subscribers are swept, and a channel object kept from
// earlier would publish to nobody (docs/cometd-behaviour.md#node-server-quirks).
function publishOne(name, data) {
    const channel = server.getServerChannel(name) || server.createServerChannel(name);
    channel.publish(null, data);
}

const httpServer = http.createServer((request, response) => {
    if (request.url === '/cometd' || request.url.startsWith('/cometd/')) {
        server.handle(request, response);
    } else {
        response.statusCode = 404;
        response.end();
    }
});
httpServer.keepAliveTimeout = 60000;
httpServer.listen(options.port, '127.0.0.1', () => {
    say('listening', { port: httpServer.address().port, ack: !!options.ack, timeout: options.timeout });
    serve(options, publishOne, done => {
        server.close();
        httpServer.close();
        httpServer.closeAllConnections();
        done();
    });
});
