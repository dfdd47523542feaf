'use strict';
// Faye 1.4.3 (pinned in package.json) on 127.0.0.1: an independent Bayeux server with long-polling and WebSocket.
// Same command protocol as cometd-server.cjs. Faye's timeout option is in seconds (docs/cometd-behaviour.md#faye-timeout-units).
// Usage: node faye-server.cjs [--port 0] [--timeout 30] [--lifetime 120000]
const http = require('http');
const faye = require('faye');
const { parseArgs, say, serve } = require('./peer-common.cjs');

const options = parseArgs(process.argv.slice(2), { port: 0, timeout: 30, lifetime: 120000 });
const bayeux = new faye.NodeAdapter({ mount: '/cometd', timeout: options.timeout });
bayeux.on('subscribe', (clientId, channel) => say('subscribed', { channel: channel, session: clientId }));
bayeux.on('unsubscribe', (clientId, channel) => say('unsubscribed', { channel: channel, session: clientId }));
const publisher = bayeux.getClient();

function publishOne(name, data) {
    publisher.publish(name, data);
}

const httpServer = http.createServer((request, response) => {
    response.statusCode = 404;
    response.end();
});
bayeux.attach(httpServer);
httpServer.listen(options.port, '127.0.0.1', () => {
    // Faye's in-process publisher handshakes on its first publish, and publishes made before that completes
    // may go out in any order; warm it up so the numbered runs start from a connected publisher.
    publisher.publish('/warmup', { warm: true }).then(() => {
        say('listening', { port: httpServer.address().port, timeout: options.timeout });
    });
    serve(options, publishOne, done => {
        bayeux.close();
        httpServer.close();
        httpServer.closeAllConnections();
        done();
    });
});
