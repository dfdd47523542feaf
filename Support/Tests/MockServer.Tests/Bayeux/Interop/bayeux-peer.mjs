// Interop peer for the mock's Bayeux endpoint (docs/cometd-behaviour.md names the peers): a third-party Bayeux
// client (the official `cometd` JS client through `cometd-nodejs-client`, or `faye`) handshakes,
// subscribes, prints each event it receives, and exits once it has the expected count.
//
// Output: one JSON object per stdout line: {"event":"ready",...} after each successful subscribe
// (CometD: once per handshake, with a "handshakes" count, so a re-handshake shows as a second ready),
// {"event":"message",...} per event, {"event":"done",...} at the end; errors on {"event":"error"}.
// Exit codes: 0 done, 1 failure, 2 hard time limit (--seconds) reached. Every path ends the process.
//
// node bayeux-peer.mjs --lib cometd|faye --transport long-polling|websocket --url URL
//                      --channel /v2/me/notifications --expect N [--ack] [--seconds 60]
import { createRequire } from "node:module";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) {
        const next = all[i + 1];
        pairs.push([arg.slice(2), next === undefined || next.startsWith("--") ? "true" : next]);
    }
    return pairs;
}, []));
const lib = args.lib ?? "cometd";
const transport = args.transport ?? "long-polling";
const expect = Number(args.expect ?? "1");
const seconds = Number(args.seconds ?? "60");
const channel = args.channel ?? "/v2/me/notifications";

function emit(event, fields = {}) {
    process.stdout.write(JSON.stringify({ event, ...fields }) + "\n");
}

function finish(code) {
    clearTimeout(hardLimit);
    // Give stdout a moment to drain, then leave whatever the library still has scheduled.
    setTimeout(() => process.exit(code), 50).unref();
    process.stdout.write("", () => process.exit(code));
}

const hardLimit = setTimeout(() => {
    emit("timeout", { seconds });
    process.exit(2);
}, seconds * 1000);

const received = [];

function onEvent(message, disconnect) {
    if (message.channel.startsWith("/meta/")) {
        return; // a local /** listener also sees meta replies (docs/cometd-behaviour.md#wildcard-meta)
    }
    received.push(message.data);
    emit("message", { channel: message.channel, data: message.data });
    if (received.length === expect) {
        disconnect();
    }
}

async function runCometd() {
    const { adapt } = await import("cometd-nodejs-client");
    const { CometD, AckExtension } = await import("cometd");
    adapt();
    const cometd = new CometD();
    if (transport === "websocket") {
        cometd.unregisterTransport("long-polling");
        cometd.unregisterTransport("callback-polling");
    } else {
        cometd.unregisterTransport("websocket");
    }
    if (args.ack === "true") {
        cometd.registerExtension("ack", new AckExtension());
    }
    cometd.configure({ url: args.url, logLevel: "warn" });
    const disconnect = () => cometd.disconnect(() => {
        emit("done", { received: received.length, transport: cometd.getTransport()?.type ?? null });
        finish(0);
    });
    // Subscribe in the handshake listener, so that a re-handshake (after 402::session_unknown)
    // subscribes again: the client clears its subscriptions on every handshake (docs/cometd-behaviour.md#client-backoff).
    let handshakes = 0;
    cometd.addListener("/meta/handshake", reply => {
        if (!reply.successful) {
            emit("error", { detail: "handshake failed", error: reply.error ?? null });
            finish(1);
            return;
        }
        handshakes++;
        // Whether the server accepted the ack extension: its handshake reply carries ext.ack (docs/cometd-behaviour.md#ack-extension).
        const serverAck = reply.ext?.ack ?? null;
        cometd.subscribe(channel, message => onEvent(message, disconnect), subscribed => {
            if (subscribed.successful) {
                emit("ready", { handshakes, transport: cometd.getTransport()?.type ?? null, clientId: cometd.getClientId(), ack: serverAck });
            } else {
                emit("error", { detail: "subscribe failed", error: subscribed.error ?? null });
                finish(1);
            }
        });
    });
    cometd.handshake();
}

function runFaye() {
    const faye = createRequire(import.meta.url)("faye");
    const client = new faye.Client(args.url, { timeout: 60, retry: 1 });
    if (transport === "websocket") {
        // Faye handshakes over HTTP, then moves to WebSocket when the server offers it.
        for (const other of ["cross-origin-long-polling", "callback-polling", "eventsource"]) {
            client.disable(other);
        }
    } else {
        client.disable("websocket");
        client.disable("eventsource");
    }
    const disconnect = () => {
        const used = client._dispatcher?._transport?.connectionType ?? null;
        Promise.resolve(client.disconnect()).then(() => {
            emit("done", { received: received.length, transport: used });
            finish(0);
        });
    };
    const current = () => client._dispatcher?._transport?.connectionType ?? null;
    // Faye probes WebSocket in the background after an HTTP handshake: when WebSocket is asked
    // for, report ready only once Faye has switched (bounded: 10 s, then an error).
    const whenOnTransport = (deadline, done) => {
        if (transport !== "websocket" || current() === "websocket") {
            done();
        } else if (Date.now() > deadline) {
            emit("error", { detail: "faye never switched to websocket", transport: current() });
            finish(1);
        } else {
            setTimeout(() => whenOnTransport(deadline, done), 50);
        }
    };
    client.subscribe(channel, data => onEvent({ channel, data }, disconnect)).then(
        () => whenOnTransport(Date.now() + 10000, () => emit("ready", { transport: current(), clientId: client._dispatcher?.clientId ?? null })),
        error => {
            emit("error", { detail: "subscribe failed", error: String(error?.message ?? error) });
            finish(1);
        });
}

process.on("uncaughtException", error => {
    emit("error", { detail: "uncaught", error: String(error?.stack ?? error) });
    process.exit(1);
});

if (lib === "faye") {
    runFaye();
} else {
    runCometd().catch(error => {
        emit("error", { detail: "cometd", error: String(error?.stack ?? error) });
        process.exit(1);
    });
}
