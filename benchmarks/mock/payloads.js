// Events of the same count and about the same size as the mock's, per operation (the notification sequences of "Chat API: Accept", "SendMessage", "Complete"; docs/inferences.md#offer-invited):
// offer 1 (StatusChange Invited), accept 3 (StatusChange, ParticipantsUpdated, MessageLogUpdated),
// send 1 (MessageLogUpdated), complete 1 (StatusChange Completed).
'use strict';

function chat(agent, state) {
    return {
        id: '0000MK' + agent.padStart(10, '0').slice(-10), state,
        capabilities: ['Transfer', 'Leave', 'Invite', 'Consult', 'SetInFocus', 'SetDisposition', 'AttachUserData',
            'DeleteUserData', 'UpdateUserData', 'Complete', 'SendMessage', 'SendStartTypingNotification', 'SendStopTypingNotification'],
        participants: [
            { nickname: 'Customer', type: 'Customer', participantId: '0000000000000001', visibility: 'All' },
            { nickname: agent, type: 'Agent', participantId: '0000000000000002', visibility: 'All',
              uri: 'http://127.0.0.1/api/v2/users/' + agent, path: '/users/' + agent },
        ],
        userData: {}, receivedDate: new Date().toISOString(), chatType: 'Inbound',
        uri: 'http://127.0.0.1/api/v2/chats/x', path: '/chats/x',
    };
}

function entry(index, type, text) {
    return { index, type, from: { nickname: 'Customer', type: 'Customer', participantId: '0000000000000001', visibility: 'All' },
        visibility: 'All', timestamp: new Date().toISOString(), timestampSeconds: Date.now(), text };
}

function state(type, agent, stateName, referenceId) {
    return { messageType: 'ChatStateChangeMessage', notificationType: type, referenceId, chat: chat(agent, stateName) };
}

function log(entries) {
    return { messageType: 'MessageLogUpdated', notificationType: 'NewMessages', messages: entries,
        chatUri: 'http://127.0.0.1/api/v2/chats/x', chatPath: '/chats/x' };
}

exports.eventsFor = function (kind, agent, referenceId) {
    switch (kind) {
        case 'offer': return [state('StatusChange', agent, 'Invited', undefined)];
        case 'accept': return [state('StatusChange', agent, 'Chatting', referenceId), state('ParticipantsUpdated', agent, 'Chatting'),
            log([entry(1, 'ParticipantJoined'), entry(2, 'ParticipantJoined')])];
        case 'send': return [log([entry(3, 'Text', 'hello from the benchmark')])];
        case 'complete': return [state('StatusChange', agent, 'Completed', referenceId)];
        default: throw new Error('unknown kind ' + kind);
    }
};

exports.eventCount = { offer: 1, accept: 3, send: 1, complete: 1 };
