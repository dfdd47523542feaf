// Writes a mock directory file with N agents (agent0001..), all with password "password", and one
// chat queue holding them all. Usage: node make-directory.js N > directory.json
'use strict';
const n = Number(process.argv[2] || 100);
const users = [];
for (let i = 1; i <= n; i++) {
    const name = 'agent' + String(i).padStart(4, '0');
    users.push({ id: 'bench' + String(i).padStart(27, '0'), userName: name, password: 'password', firstName: 'Bench', lastName: String(i),
        roles: ['agent'], devices: [] });
}
const queues = [{ id: 'benchqueue', name: 'bench-queue', channel: 'chat', agents: users.map(u => u.userName) }];
process.stdout.write(JSON.stringify({ users, queues }, null, 1));
